package com.settle.service;

import com.settle.domain.listing.Listing;
import com.settle.domain.AmountParser;
import com.settle.domain.AmountParser.Sign;
import com.settle.domain.Dates;
import com.settle.domain.Money;
import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.listing.PaymentListQuery;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.PaymentSummary;
import com.settle.domain.model.Permission;
import com.settle.domain.policy.PaymentActionPolicy;
import com.settle.store.PaymentListQueries;
import com.settle.store.PaymentQueries;
import com.settle.store.PaymentRepository;
import com.settle.store.RefundRepository;
import com.settle.store.jooq.tables.records.AccountRecord;
import com.settle.store.jooq.tables.records.PaymentRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import org.jooq.DSLContext;

/** Payments: record, refund, cancel and list; applying them is {@link ApplicationService}. */
public final class PaymentService implements Listing<PaymentListQuery, PaymentSummary> {

    /** What a clerk gives for a new payment. */
    public record NewPaymentCommand(String accountNumber, BigDecimal amount, LocalDate effectiveDate,
                                    PaymentMethod method, String reference, String comment) {
        public NewPaymentCommand {
            Dates.check("Effective date", effectiveDate);
        }

    }

    private static final PaymentListQueries LIST = new PaymentListQueries();

    private final Transactions tx;
    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final PaymentQueries queries;
    private final Lookups lookups;
    private final UserContext user;
    private final Clock clock;

    PaymentService(Transactions tx, PaymentRepository payments, RefundRepository refunds, PaymentQueries queries,
                   Lookups lookups, UserContext user, Clock clock) {
        this.tx = tx;
        this.payments = payments;
        this.refunds = refunds;
        this.queries = queries;
        this.lookups = lookups;
        this.user = user;
        this.clock = clock;
    }

    /** Records a processed payment, all of it unapplied; returns its number ({@code P-00000001}). */
    public String record(NewPaymentCommand c) {
        user.require(Permission.PAYMENT_CREATE, "record payments");
        return tx.inTransaction(t -> record(t, c));
    }

    /** Records the payment within the caller's transaction (permission checked by the caller). */
    String record(DSLContext t, NewPaymentCommand c) {
        if (c.effectiveDate() == null) {
            throw new ValidationException("Effective date", "is required");
        }
        if (c.method() == null) {
            throw new ValidationException("Method", "is required");
        }
        lookups.requireOpen(t, "Effective date", c.effectiveDate());
        String reference = Text.optional("Reference", c.reference(), 100);
        String comment = Text.optional("Comment", c.comment(), 255);
        AccountRecord account = lookups.activeAccount(t, "Account", c.accountNumber());
        Money amount = AmountParser.money("Amount", c.amount(), Currency.getInstance(account.getCurrency()),
                Sign.POSITIVE);
        var p = new PaymentRepository.NewPayment(account.getId(), account.getCurrency(), amount.amount(),
                c.effectiveDate(), c.method(), reference, comment);
        return payments.insert(t, p, user.userId(), OffsetDateTime.now(clock)).getNumber();
    }

    /** Refunds all or part of the payment's unapplied amount; returns the refund number ({@code R-00000001}). */
    public record RefundCommand(String paymentNumber, BigDecimal amount, LocalDate date, PaymentMethod method,
                                String reference, String reasonCode, String comment, Integer expectedPaymentVersion) {
        public RefundCommand {
            Dates.check("Date", date);
        }

    }

    public String refund(RefundCommand c) {
        user.require(Permission.PAYMENT_REFUND, "refund payments");
        return tx.inTransaction(t -> refund(t, c));
    }

    /** Refunds within the caller's transaction (permission checked by the caller). */
    String refund(DSLContext t, RefundCommand c) {
        if (c.method() == null) {
            throw new ValidationException("Method", "is required");
        }
        String reference = Text.optional("Reference", c.reference(), 100);
        String comment = Text.optional("Comment", c.comment(), 255);
        LocalDate date = c.date() == null ? LocalDate.now(clock) : c.date();
        Lookups.Spend spend = lookups.spendUnapplied(t, c.paymentNumber(), c.expectedPaymentVersion(),
                c.amount(), "Refund date", date, PaymentActionPolicy::whyNotRefund);
        PaymentRecord payment = spend.payment();
        Money amount = spend.amount();
        String reason = c.reasonCode() == null || c.reasonCode().isBlank() ? null
                : lookups.reasonCode(t, "Reason code", c.reasonCode(), "Refund");
        var r = new RefundRepository.NewRefund(payment.getAccountId(), "Payment", payment.getId(), amount.amount(),
                date, c.method(), reference, reason, comment);
        String number = refunds.insert(t, r, user.userId(), OffsetDateTime.now(clock)).getNumber();
        payments.addToParts(t, payment.getId(), BigDecimal.ZERO, amount.amount(), BigDecimal.ZERO);
        return number;
    }

    /** Cancels a payment that has nothing applied, refunded or transferred (net of reversals). */
    public void cancel(String paymentNumber, Integer expectedPaymentVersion) {
        user.require(Permission.PAYMENT_CANCEL, "cancel payments");
        tx.inTransaction(t -> {
            PaymentRecord payment = lookups.lockPayment(t, "Payment", paymentNumber);
            checkVersion(payment, expectedPaymentVersion);
            String why = cannotCancel(payment);
            if (why != null) {
                throw new ServiceException(why);
            }
            payments.markCanceled(t, payment.getId(), OffsetDateTime.now(clock));
            return null;
        });
    }

    /** Why the payment cannot be canceled, or null when it can. */
    static String cannotCancel(PaymentRecord p) {
        return PaymentActionPolicy.whyNotCancel(p.getNumber(), p.getStatus(), p.getAppliedAmount().signum() == 0
                && p.getRefundedAmount().signum() == 0 && p.getTransferredAmount().signum() == 0).orElse(null);
    }

    /** Refuses the change when the payment changed since the clerk loaded it (null skips the check). */
    static void checkVersion(PaymentRecord payment, Integer expected) {
        if (expected != null && payment.getVersion() != expected.intValue()) {
            throw new StaleDataException("Payment " + payment.getNumber() + " changed since you opened it (in another"
                    + " window or on the command line). Nothing was saved; reload to see its current amounts.");
        }
    }

    /** Everything the payment detail page shows. */
    public PaymentDetail detail(String paymentNumber) {
        String number = Text.required("Payment", paymentNumber, 20);
        return tx.read(t -> queries.detail(t, number))
                .orElseThrow(() -> new ValidationException("Payment", "'" + paymentNumber + "' is not a payment number"));
    }

    public List<PaymentSummary> list() {
        return tx.read(payments::summaries);
    }

    /** How many payments the list query gives. */
    @Override
    public int count(PaymentListQuery query) {
        PaymentListQuery q = query == null ? PaymentListQuery.all() : query;
        return tx.read(t -> LIST.count(t, q));
    }

    /** One page of the list query: rows {@code offset} on, at most {@code limit} of them. */
    @Override
    public List<PaymentSummary> page(PaymentListQuery query, int offset, int limit) {
        PaymentListQuery q = query == null ? PaymentListQuery.all() : query;
        if (offset < 0 || limit < 0) {
            throw new ValidationException("Page", "offset and limit must not be negative");
        }
        return tx.read(t -> LIST.page(t, q, offset, limit));
    }

    /** The rule used when a clerk gives no item-level amounts. */
    static ApplicationRule ruleOrDefault(ApplicationRule rule, SettingsService settings) {
        return rule != null ? rule : settings.defaultApplicationRule();
    }
}
