package com.settle.store;

import com.settle.domain.model.PaymentStatus;
import static com.settle.store.jooq.Tables.ACCOUNT;
import static com.settle.store.jooq.Tables.PAYMENT;

import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.PaymentSummary;
import com.settle.store.chain.ChainKind;
import com.settle.store.chain.HistoryChain;
import com.settle.store.jooq.tables.records.PaymentRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Payments and the four stored parts of their amount. */
public final class PaymentRepository {

    /** A new payment: all of it is unapplied. */
    public record NewPayment(long accountId, String currency, BigDecimal amount, LocalDate effectiveDate,
                             PaymentMethod method, String reference, String comment) {
    }

    public PaymentRecord insert(DSLContext tx, NewPayment p, long userId, OffsetDateTime now) {
        PaymentRecord r = tx.newRecord(PAYMENT);
        r.setNumber(Numbers.next(tx, "P"));
        r.setAccountId(p.accountId());
        r.setCurrency(p.currency());
        r.setAmount(p.amount());
        r.setEffectiveDate(p.effectiveDate());
        r.setMethod(p.method().code());
        r.setReference(p.reference());
        r.setComment(p.comment());
        r.setStatus(PaymentStatus.PROCESSED);
        r.setAppliedAmount(BigDecimal.ZERO);
        r.setUnappliedAmount(p.amount());
        r.setRefundedAmount(BigDecimal.ZERO);
        r.setTransferredAmount(BigDecimal.ZERO);
        r.setCreatedById(userId);
        r.setCreatedAt(now);
        r.store();
        return r;
    }

    public Optional<PaymentRecord> findByNumber(DSLContext tx, String number) {
        return tx.selectFrom(PAYMENT).where(PAYMENT.NUMBER.eq(number)).fetchOptional();
    }

    /** Reads and locks the payment until the transaction ends, so two use cases cannot spend the same money. */
    public Optional<PaymentRecord> lockByNumber(DSLContext tx, String number) {
        return tx.selectFrom(PAYMENT).where(PAYMENT.NUMBER.eq(number)).forUpdate().fetchOptional();
    }

    public PaymentRecord lock(DSLContext tx, long id) {
        return tx.selectFrom(PAYMENT).where(PAYMENT.ID.eq(id)).forUpdate().fetchSingle();
    }

    /** Moves money between the parts of a payment; the table's CHECK keeps their sum equal to the amount. */
    public void addToParts(DSLContext tx, long paymentId, BigDecimal applied, BigDecimal refunded,
                           BigDecimal transferred) {
        BigDecimal unappliedDelta = applied.add(refunded).add(transferred).negate();
        tx.update(PAYMENT)
                .set(PAYMENT.APPLIED_AMOUNT, PAYMENT.APPLIED_AMOUNT.plus(applied))
                .set(PAYMENT.REFUNDED_AMOUNT, PAYMENT.REFUNDED_AMOUNT.plus(refunded))
                .set(PAYMENT.TRANSFERRED_AMOUNT, PAYMENT.TRANSFERRED_AMOUNT.plus(transferred))
                .set(PAYMENT.UNAPPLIED_AMOUNT, PAYMENT.UNAPPLIED_AMOUNT.plus(unappliedDelta))
                .set(PAYMENT.VERSION, PAYMENT.VERSION.plus(1))
                .where(PAYMENT.ID.eq(paymentId))
                .execute();
    }

    /** Marks a payment canceled; only a payment with nothing applied, refunded or transferred may be. */
    public void markCanceled(DSLContext tx, long paymentId, OffsetDateTime now) {
        HistoryChain.note(ChainKind.PAYMENT_CANCELED, paymentId);
        tx.update(PAYMENT)
                .set(PAYMENT.STATUS, PaymentStatus.CANCELED)
                .set(PAYMENT.CANCELED_AT, now)
                .set(PAYMENT.VERSION, PAYMENT.VERSION.plus(1))
                .where(PAYMENT.ID.eq(paymentId))
                .execute();
    }

    public List<PaymentSummary> summaries(DSLContext tx) {
        return summaries(tx, DSL.noCondition());
    }

    /** The payments of one account, newest first. */
    public List<PaymentSummary> summaries(DSLContext tx, long accountId) {
        return summaries(tx, PAYMENT.ACCOUNT_ID.eq(accountId));
    }

    private List<PaymentSummary> summaries(DSLContext tx, Condition where) {
        return PaymentListQueries.summaries(tx, where, PaymentListQueries.newestFirst());
    }
}
