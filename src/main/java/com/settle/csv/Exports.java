package com.settle.csv;

import com.settle.domain.Money;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.CreditAccount;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.PaymentSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The CSV exports of the lists and of a credit balance history: the columns the screens show, amounts
 * as plain numbers with their currency, dates in ISO form (a spreadsheet reads them in any locale).
 */
public final class Exports {

    /** A table's header and how one row becomes its cells. */
    public record Table<T>(List<String> header, Function<T, List<?>> row) {

        /**
         * Writes {@code rows} to {@code target}, then {@code footer} (where the export came from, with the
         * history chain head) as a comment line; returns how many rows.
         */
        public int write(Path target, Iterable<T> rows, String footer) throws IOException {
            // Row by row as the file is written: a list read from the database in batches is never held whole.
            Iterable<List<?>> cells = () -> new Iterator<>() {
                private final Iterator<T> it = rows.iterator();

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public List<?> next() {
                    return row.apply(it.next());
                }
            };
            return CsvFile.write(target, header, cells, footer);
        }
    }

    private Exports() {
    }

    private static String plain(Money m) {
        return m.amount().toPlainString();
    }

    public static final Table<AccountSummary> ACCOUNTS = new Table<>(List.of("Number", "Name", "Status", "Currency",
            "OpenBalance", "UnappliedPayments", "CreditBalance"), a -> Arrays.asList(a.number(), a.name(),
            a.status().code(), a.currencyCode(), plain(a.openBalance()), plain(a.unappliedPayments()),
            plain(a.creditBalance())));

    public static final Table<DocumentSummary> DOCUMENTS = new Table<>(List.of("Type", "Number", "Account",
            "AccountName", "DocumentDate", "DueDate", "Items", "Currency", "Amount", "Balance", "Status"),
            d -> Arrays.asList(d.type().label(), d.number(), d.accountNumber(), d.accountName(),
                    d.documentDate(), d.dueDate(), d.itemCount(), d.amount().currency().getCurrencyCode(),
                    plain(d.amount()), plain(d.balance()), d.status().code()));

    public static final Table<PaymentSummary> PAYMENTS = new Table<>(List.of("Number", "Account", "AccountName",
            "EffectiveDate", "Method", "Reference", "Currency", "Amount", "Applied", "Unapplied", "Refunded",
            "Transferred", "Status"), p -> Arrays.asList(p.number(), p.accountNumber(), p.accountName(),
            p.effectiveDate(), p.method().label(), p.reference(), p.amount().currency().getCurrencyCode(),
            plain(p.amount()), plain(p.applied()), plain(p.unapplied()), plain(p.refunded()),
            plain(p.transferred()), p.status().code()));

    public static final Table<CreditAccount> CREDIT_BALANCES = new Table<>(List.of("Number", "Name", "Currency",
            "CreditBalance", "OpenInvoices", "OpenInvoiceBalance"), a -> Arrays.asList(a.number(), a.name(),
            a.creditBalance().currency().getCurrencyCode(), plain(a.creditBalance()), a.openInvoices(),
            plain(a.openInvoiceBalance())));

    public static final Table<HistoryLine> HISTORY = new Table<>(List.of("Line", "Date", "Adjustment",
            "Cancellation", "Type", "SourceTransactionType", "SourceTransactionNumber", "Amount", "Currency",
            "Balance", "ReasonCode", "AccountingCode", "Comment", "Status", "TransferredToAccounting", "CreatedBy",
            "CreatedDate"), l -> Arrays.asList(l.seq(), l.date(), l.adjustmentNumber(), l.cancellation(),
            l.type().code(), l.sourceType(), l.sourceNumber(), plain(l.amount()),
            l.amount().currency().getCurrencyCode(), plain(l.balanceAfter()), l.reasonCode(), l.accountingCode(),
            l.comment(), l.status().code(), l.transferredToAccounting().code(), l.createdBy(), l.createdAt()));
}
