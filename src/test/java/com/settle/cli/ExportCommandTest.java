package com.settle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.csv.CsvFile;
import com.settle.domain.model.AdjustmentType;
import com.settle.service.CreditBalanceService.AdjustCommand;
import com.settle.support.TestBooks;
import com.settle.support.TestEngine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code settle export ...}: the files written, formula-like cells defused, and a folder that does not exist. */
class ExportCommandTest extends CommandOnBooksTest {

    @BeforeEach
    void setUp() {
        try (TestBooks books = new TestBooks(folder).withCodes()) {
            String acme = books.account("=HYPERLINK(\"http://x\")", "USD");
            books.invoice(acme, TestBooks.TODAY, "40.00");
            books.clerk().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.INCREASE,
                    new BigDecimal("12.50"), null, null, "+1 call me", null));
            books.clerk().creditBalances().adjust(new AdjustCommand(acme, AdjustmentType.DECREASE,
                    new BigDecimal("5.00"), null, null, null, null));
        }
        db = folder.resolve("books.mv.db").toString();
    }

    @Test
    void listsAndHistoryBecomeSafeCsvFiles() throws Exception {
        Path accounts = folder.resolve("accounts.csv");
        assertThat(run("export", "accounts", "--to", accounts.toString())).isZero();
        assertThat(out.toString().trim()).isEqualTo("Wrote 1 row to " + accounts + ".");
        List<String> lines = Files.readAllLines(accounts, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("Number,Name,Status,Currency,OpenBalance,UnappliedPayments,CreditBalance");
        assertThat(lines.get(1)).isEqualTo("A-00000001,\"'=HYPERLINK(\"\"http://x\"\")\",Active,USD,40.00,0.00,7.50");
        // The last line says where the rows came from: the history chain head a later copy can be checked by.
        assertThat(lines).hasSize(3);
        assertThat(run("verify", "--json")).isZero();
        String head = out.toString().replaceAll("(?s).*\"historyChainHead\":\"([0-9a-f]{12}).*", "$1");
        assertThat(head).matches("[0-9a-f]{12}");
        assertThat(lines.get(2)).matches("# Exported from Settle 2026-11-23T10:00 by " + OS_USER + "; history chain head " + head + " \\(\\d+ entries\\)");

        Path history = folder.resolve("history.csv");
        assertThat(run("export", "history", "A-00000001", "--to", history.toString(), "--json")).isZero();
        assertThat(out.toString()).contains("\"rows\":2");
        String text = Files.readString(history);
        assertThat(text).contains(",-5.00,USD,7.50,").contains(",'+1 call me,");

        assertThat(run("export", "documents", "--to", folder.resolve("none/documents.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("settle: --to names a folder that does not exist");
        // Never onto the company file (on a server there is none), a folder, or an existing file without --overwrite.
        if (!TestEngine.onServer()) {
            assertThat(run("export", "payments", "--to", db)).isEqualTo(2);
            assertThat(err.toString()).startsWith("settle: --to " + db + " is a company file");
        }
        assertThat(run("export", "payments", "--to", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("settle: --to " + folder + " is a folder");
        assertThat(run("export", "accounts", "--to", accounts.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("already exists; add --overwrite to replace it");
        assertThat(run("export", "accounts", "--to", accounts.toString(), "--overwrite")).isZero();
        if (!TestEngine.onServer()) {
            // Measured after the exports above: opening the file may let H2 rewrite a page of its own.
            long size = Files.size(Path.of(db));
            assertThat(run("backup", "--to", db)).isEqualTo(2);
            assertThat(Files.size(Path.of(db))).isEqualTo(size);
        }
        assertThat(run("export", "payments", "--to", folder.resolve("payments.csv").toString())).isZero();
        assertThat(Files.readAllLines(folder.resolve("payments.csv"))).hasSize(2)
                .last().asString().startsWith("# Exported from Settle");
    }

    @Test
    void onlyFormulaLikeTextIsDefused() {
        assertThat(CsvFile.safe("-12.50")).isEqualTo("-12.50");
        assertThat(CsvFile.safe("-1+2")).isEqualTo("'-1+2");
        assertThat(CsvFile.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvFile.safe("\tx")).isEqualTo("'\tx");
        assertThat(CsvFile.safe("Acme")).isEqualTo("Acme");
        assertThat(CsvFile.safe(null)).isEmpty();
        assertThat(CsvFile.safe(new BigDecimal("1E+3"))).isEqualTo("1000");
    }
}
