package com.settle.ui.credit;

import com.settle.domain.model.HistoryLine;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes history lines as CSV (plain amounts, ISO dates), through a temporary file so a failed export leaves nothing half-written. */
public final class HistoryCsv {

    static final String[] HEADER = {"Line", "Date", "Adjustment", "Cancellation", "Type", "SourceTransactionType",
        "SourceTransactionNumber", "Amount", "Currency", "Balance", "ReasonCode", "AccountingCode", "Comment", "Status",
        "TransferredToAccounting", "CreatedBy", "CreatedDate"};

    private HistoryCsv() {
    }

    /** @return the number of lines written */
    public static int write(Path target, List<HistoryLine> lines) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".settle-export", ".csv");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(HEADER).build())) {
                for (HistoryLine l : lines) {
                    csv.printRecord(l.seq(), l.date(), l.adjustmentNumber(), l.cancellation(), l.type().code(),
                            l.sourceType(), l.sourceNumber(), l.amount().amount().toPlainString(),
                            l.amount().currency().getCurrencyCode(), l.balanceAfter().amount().toPlainString(),
                            l.reasonCode(), l.accountingCode(), l.comment(), l.status(), l.transferredToAccounting(),
                            l.createdBy(), l.createdAt());
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return lines.size();
    }
}
