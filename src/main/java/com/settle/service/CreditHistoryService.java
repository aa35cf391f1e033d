package com.settle.service;

import com.settle.domain.listing.Listing;
import com.settle.domain.Money;
import com.settle.domain.ValidationException;
import com.settle.domain.listing.CreditAccountListQuery;
import com.settle.domain.model.CreditAccount;
import com.settle.domain.model.CreditHistoryHead;
import com.settle.domain.model.HistoryFilter;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.PlannedCredit;
import com.settle.store.CreditAccountListQueries;
import com.settle.store.CreditBalanceQueries;
import com.settle.store.CreditBalanceQueries.HistoryHead;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** Reading credit balances: the accounts, the work queue and an account's history, page by page. */
public final class CreditHistoryService implements Listing<CreditAccountListQuery, CreditAccount> {

    private static final CreditAccountListQueries LIST = new CreditAccountListQueries();

    private final Transactions tx;
    private final CreditBalanceQueries queries;

    CreditHistoryService(Transactions tx, CreditBalanceQueries queries) {
        this.tx = tx;
        this.queries = queries;
    }

    /** Every account with its credit balance and open invoices. */
    public List<CreditAccount> accounts() {
        return tx.read(queries::accounts);
    }

    /** How many accounts the credit balances list query gives. */
    @Override
    public int count(CreditAccountListQuery query) {
        CreditAccountListQuery q = query == null ? CreditAccountListQuery.all() : query;
        return tx.read(t -> LIST.count(t, q));
    }

    /** One page of the credit balances list query: rows {@code offset} on, at most {@code limit} of them. */
    @Override
    public List<CreditAccount> page(CreditAccountListQuery query, int offset, int limit) {
        CreditAccountListQuery q = query == null ? CreditAccountListQuery.all() : query;
        if (offset < 0 || limit < 0) {
            throw new ValidationException("Page", "offset and limit must not be negative");
        }
        return tx.read(t -> LIST.page(t, q, offset, limit));
    }

    /** The work queue: accounts with a credit balance and an open invoice. */
    public List<CreditAccount> queue() {
        return accounts().stream().filter(CreditAccount::queued).toList();
    }

    /** The account's credit balance and the number of lines in its history. */
    public CreditHistoryHead head(String accountNumber) {
        HistoryHead h = tx.read(t -> row(t, accountNumber));
        return new CreditHistoryHead(h.number(), h.name(), Money.of(h.balance(), h.currency()), h.lines());
    }

    private HistoryHead row(DSLContext t, String accountNumber) {
        String number = accountNumber == null ? "" : accountNumber.trim();
        return queries.head(t, number).orElseThrow(() -> new ValidationException("Account", "'" + accountNumber
                + "' is not an account number"));
    }

    /** The line numbers of the history that match the filter, newest first. */
    public int[] lineNumbers(CreditHistoryHead head, HistoryFilter filter) {
        if (filter.isAll()) {
            int[] seqs = new int[head.lines()];
            for (int i = 0; i < seqs.length; i++) {
                seqs[i] = head.lines() - i;
            }
            return seqs;
        }
        return tx.read(t -> queries.matchingSeqs(t, row(t, head.accountNumber()).accountId(), filter));
    }

    /** The lines numbered {@code fromSeq..toSeq} that match the filter, newest first. */
    public List<HistoryLine> lines(CreditHistoryHead head, int fromSeq, int toSeq, HistoryFilter filter) {
        return tx.read(t -> queries.lines(t, row(t, head.accountNumber()).accountId(), head.balance().currency(),
                fromSeq, toSeq, filter));
    }

    /**
     * The account's open invoices, oldest first, each with the most credit that may go to it now:
     * min(credit balance, invoice balance). What the Apply to invoice dialog offers.
     */
    public List<PlannedCredit> invoiceChoices(String accountNumber) {
        return tx.read(t -> {
            HistoryHead head = row(t, accountNumber);
            return queries.openInvoices(t, head.accountId()).stream().map(d -> {
                Money balance = Money.of(d.getBalance(), head.currency());
                Money credit = Money.of(head.balance(), head.currency());
                return new PlannedCredit(head.number(), head.name(), d.getNumber(),
                        d.getDocumentDate(), balance, credit.isGreaterThan(balance) ? balance : credit, null);
            }).toList();
        });
    }

    /** The whole history, newest first (for the command line and CSV export). */
    public List<HistoryLine> all(CreditHistoryHead head, HistoryFilter filter) {
        return lines(head, 1, Math.max(1, head.lines()), filter);
    }

    /** The balance at the end of each day with a line, oldest first: the chart's points. */
    public List<Map.Entry<LocalDate, BigDecimal>> dailyBalances(CreditHistoryHead head) {
        return tx.read(t -> queries.dailyBalances(t, row(t, head.accountNumber()).accountId()));
    }
}
