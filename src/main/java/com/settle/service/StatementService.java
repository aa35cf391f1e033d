package com.settle.service;

import com.settle.domain.Dates;
import com.settle.domain.ValidationException;
import com.settle.domain.model.HistoryFilter;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.Statement;
import com.settle.store.AccountRepository;
import com.settle.store.CreditBalanceQueries;
import com.settle.store.DocumentRepository;
import com.settle.store.PaymentQueries;
import com.settle.store.PaymentRepository;
import com.settle.store.jooq.tables.records.AccountRecord;
import java.time.Clock;
import java.time.LocalDate;

/** What a customer statement and a payment receipt show, read in one consistent transaction each. */
public final class StatementService {

    private final Transactions tx;
    private final AccountRepository accounts;
    private final DocumentRepository documents;
    private final PaymentRepository payments;
    private final PaymentQueries paymentQueries;
    private final CreditBalanceQueries credit;
    private final Clock clock;

    StatementService(Transactions tx, AccountRepository accounts, DocumentRepository documents,
                     PaymentRepository payments, PaymentQueries paymentQueries, CreditBalanceQueries credit,
                     Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.documents = documents;
        this.payments = payments;
        this.paymentQueries = paymentQueries;
        this.credit = credit;
        this.clock = clock;
    }

    /**
     * The statement of {@code accountNumber} for {@code from..to}; a null {@code to} is today, a null
     * {@code from} the first day of {@code to}'s month.
     */
    public Statement statement(String accountNumber, LocalDate from, LocalDate to) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        Dates.check("To", end);
        Dates.check("From", start);
        if (start.isAfter(end)) {
            throw new ValidationException("From", start + " is after To " + end + "; give a period that starts"
                    + " before it ends");
        }
        String number = accountNumber == null ? "" : accountNumber.trim();
        return tx.read(t -> {
            AccountRecord a = accounts.findByNumber(t, number).orElseThrow(() -> new ValidationException("Account",
                    "'" + accountNumber + "' is not an account number"));
            var summary = accounts.summary(t, a.getId()).orElseThrow();
            var lines = credit.lines(t, a.getId(), summary.creditBalance().currency(), 1, Integer.MAX_VALUE,
                    new HistoryFilter(start, end, null));
            return Statement.of(summary, a.getContactName(), a.getAddress(), start, end,
                    documents.summaries(t, a.getId()), payments.summaries(t, a.getId()), lines);
        });
    }

    /** What a payment receipt shows: the payment and where its money went. */
    public PaymentDetail receipt(String paymentNumber) {
        String number = paymentNumber == null ? "" : paymentNumber.trim();
        return tx.read(t -> paymentQueries.detail(t, number)).orElseThrow(() -> new ValidationException("Payment",
                "'" + paymentNumber + "' is not a payment number"));
    }
}
