package com.settle.store;

import com.settle.domain.model.AccountingTransfer;
import com.settle.domain.model.AdjustmentStatus;
import com.settle.domain.model.DocumentStatus;
import static com.settle.store.jooq.Tables.DOCUMENT;

import com.settle.domain.Money;
import com.settle.domain.model.CreditAccount;
import com.settle.domain.model.HistoryFilter;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.HistoryType;
import com.settle.store.jooq.tables.records.DocumentRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectSeekStep2;

/** Reads of credit balances: the accounts and work queue, and an account's history page by page. */
public final class CreditBalanceQueries {

    /** Which history lines to show: a date range and a type, each optional. */
    /** An account's credit balance now and how many lines its history has, with the account's id. */
    public record HistoryHead(long accountId, String number, String name, Currency currency, BigDecimal balance,
                              int lines) {
    }

    /**
     * Ids of the accounts with a credit balance and at least one open posted invoice, by account number ({@code >=
     * 0.0001} is {@code > 0}: see {@link Amounts#ABOVE_ZERO}).
     */
    public List<Long> queueAccountIds(DSLContext tx) {
        return tx.fetch("""
                SELECT a.id FROM account a
                WHERE a.credit_balance >= 0.0001 AND EXISTS (SELECT 1 FROM document d WHERE d.account_id = a.id
                  AND d.status = 'Posted' AND d.doc_type = 'Invoice' AND d.balance >= 0.0001)
                ORDER BY a.number""").map(r -> r.get(0, Long.class));
    }

    /** The account's open posted invoices, oldest first (invoice date, then number). */
    public List<DocumentRecord> openInvoices(DSLContext tx, long accountId) {
        return openInvoicesQuery(tx, accountId).fetch();
    }

    /** The account's open invoices, oldest first, locked until the transaction ends (for applying credit). */
    public List<DocumentRecord> lockOpenInvoices(DSLContext tx, long accountId) {
        return openInvoicesQuery(tx, accountId).forUpdate().fetch();
    }

    /** The open invoices of several accounts, by account, oldest first; locked until the transaction ends. */
    public List<DocumentRecord> lockOpenInvoices(DSLContext tx, Collection<Long> accountIds) {
        return tx.selectFrom(DOCUMENT)
                .where(IdSet.among(DOCUMENT.ACCOUNT_ID, accountIds))
                .and(DOCUMENT.STATUS.eq(DocumentStatus.POSTED))
                .and(DOCUMENT.DOC_TYPE.eq("Invoice"))
                .and(DOCUMENT.BALANCE.ge(Amounts.ABOVE_ZERO))
                .orderBy(DOCUMENT.ACCOUNT_ID, DOCUMENT.DOCUMENT_DATE, DOCUMENT.NUMBER)
                .forUpdate().fetch();
    }

    private static SelectSeekStep2<DocumentRecord, LocalDate, String> openInvoicesQuery(
            DSLContext tx, long accountId) {
        return tx.selectFrom(DOCUMENT)
                .where(DOCUMENT.ACCOUNT_ID.eq(accountId))
                .and(DOCUMENT.STATUS.eq(DocumentStatus.POSTED))
                .and(DOCUMENT.DOC_TYPE.eq("Invoice"))
                .and(DOCUMENT.BALANCE.ge(Amounts.ABOVE_ZERO))
                .orderBy(DOCUMENT.DOCUMENT_DATE, DOCUMENT.NUMBER);
    }

    /** Every account with its credit balance and open invoices, by number. */
    public List<CreditAccount> accounts(DSLContext tx) {
        return tx.fetch("""
                SELECT a.number, a.name, a.currency, a.credit_balance, COUNT(d.id), COALESCE(SUM(d.balance), 0)
                FROM account a
                LEFT JOIN document d ON d.account_id = a.id AND d.status = 'Posted' AND d.doc_type = 'Invoice'
                  AND d.balance >= 0.0001
                GROUP BY a.id, a.number, a.name, a.currency, a.credit_balance
                ORDER BY a.number""").map(r -> {
                    Currency c = Currency.getInstance(r.get(2, String.class));
                    return new CreditAccount(r.get(0, String.class), r.get(1, String.class),
                            Money.of(r.get(3, BigDecimal.class), c), r.get(4, Integer.class),
                            Money.of(r.get(5, BigDecimal.class), c));
                });
    }

    public Optional<HistoryHead> head(DSLContext tx, String accountNumber) {
        return tx.fetchOptional("SELECT id, number, name, currency, credit_balance, credit_entries FROM account"
                + " WHERE number = ?", accountNumber).map(r -> {
                    Currency currency = Currency.getInstance(r.get(3, String.class));
                    return new HistoryHead(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                            currency, Money.of(r.get(4, BigDecimal.class), currency).amount(), r.get(5, Integer.class));
                });
    }

    /**
     * The line numbers matching a filter, newest first. Without a filter they are simply
     * lines..1 and nothing is read.
     */
    public int[] matchingSeqs(DSLContext tx, long accountId, HistoryFilter f) {
        StringBuilder sql = new StringBuilder("SELECT seq FROM credit_balance_entry WHERE account_id = ?");
        List<Object> args = new ArrayList<>(List.of(accountId));
        where(f, sql, args, "");
        sql.append(" ORDER BY seq DESC");
        return tx.fetch(sql.toString(), args.toArray()).stream().mapToInt(r -> r.get(0, Integer.class)).toArray();
    }

    /** The lines with {@code fromSeq <= seq <= toSeq} that match the filter, newest first. */
    public List<HistoryLine> lines(DSLContext tx, long accountId, Currency currency, int fromSeq, int toSeq,
                                   HistoryFilter f) {
        StringBuilder sql = new StringBuilder("""
                SELECT e.seq, e.entry_date, c.number, e.kind, e.history_type, c.source_transaction_type,
                  c.source_transaction_number, e.amount, e.balance_after, c.reason_code, c.accounting_code,
                  c.comment, c.status, c.transferred_to_accounting, u.display_name, e.created_at
                FROM credit_balance_entry e
                JOIN credit_balance_adjustment c ON c.id = e.adjustment_id
                JOIN app_user u ON u.id = e.created_by_id
                WHERE e.account_id = ? AND e.seq BETWEEN ? AND ?""");
        List<Object> args = new ArrayList<>(List.of(accountId, fromSeq, toSeq));
        where(f, sql, args, "e.");
        sql.append(" ORDER BY e.seq DESC");
        return tx.fetch(sql.toString(), args.toArray()).map(r -> line(r, currency));
    }

    /**
     * The balance at the end of each day with a line, oldest first: the chart's points. Streams the
     * history once in line order, so a million lines take memory for the days only.
     */
    public List<Map.Entry<LocalDate, BigDecimal>> dailyBalances(DSLContext tx, long accountId) {
        TreeMap<LocalDate, BigDecimal> days = new TreeMap<>();
        try (var cursor = tx.fetchLazy("SELECT entry_date, balance_after FROM credit_balance_entry"
                + " WHERE account_id = ? ORDER BY seq", accountId)) {
            for (Record r : cursor) {
                days.put(r.get(0, LocalDate.class), r.get(1, BigDecimal.class));
            }
        }
        return new ArrayList<>(days.entrySet());
    }

    private static void where(HistoryFilter f, StringBuilder sql, List<Object> args, String alias) {
        if (f.from() != null) {
            sql.append(" AND ").append(alias).append("entry_date >= ?");
            args.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" AND ").append(alias).append("entry_date <= ?");
            args.add(f.to());
        }
        if (f.type() != null) {
            sql.append(" AND ").append(alias).append("history_type = ?");
            args.add(f.type().code());
        }
    }

    private static HistoryLine line(Record r, Currency currency) {
        return new HistoryLine(r.get(0, Integer.class), r.get(1, LocalDate.class), r.get(2, String.class),
                "Cancellation".equals(r.get(3, String.class)), HistoryType.fromCode(r.get(4, String.class)),
                r.get(5, String.class), r.get(6, String.class), Money.of(r.get(7, BigDecimal.class), currency),
                Money.of(r.get(8, BigDecimal.class), currency), r.get(9, String.class), r.get(10, String.class),
                r.get(11, String.class), AdjustmentStatus.fromCode(r.get(12, String.class)),
                AccountingTransfer.fromCode(r.get(13, String.class)), r.get(14, String.class),
                r.get(15, OffsetDateTime.class));
    }
}
