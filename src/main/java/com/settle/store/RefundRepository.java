package com.settle.store;

import static com.settle.store.jooq.Tables.REFUND;

import com.settle.domain.model.PaymentMethod;
import com.settle.store.jooq.tables.records.RefundRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;

/** Refunds: money paid back from a payment's unapplied amount or from the credit balance. */
public final class RefundRepository {

    /** A new refund; {@code paymentId} is null for a refund of the credit balance. */
    public record NewRefund(long accountId, String source, Long paymentId, BigDecimal amount, LocalDate refundDate,
                            PaymentMethod method, String reference, String reasonCode, String comment) {
    }

    public RefundRecord insert(DSLContext tx, NewRefund r, long userId, OffsetDateTime now) {
        RefundRecord rec = tx.newRecord(REFUND);
        rec.setNumber(Numbers.next(tx, "R"));
        rec.setAccountId(r.accountId());
        rec.setSource(r.source());
        rec.setPaymentId(r.paymentId());
        rec.setAmount(r.amount());
        rec.setRefundDate(r.refundDate());
        rec.setMethod(r.method().code());
        rec.setReference(r.reference());
        rec.setReasonCode(r.reasonCode());
        rec.setComment(r.comment());
        rec.setCreatedById(userId);
        rec.setCreatedAt(now);
        rec.store();
        return rec;
    }
}
