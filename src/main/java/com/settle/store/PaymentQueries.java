package com.settle.store;

import static com.settle.store.jooq.Tables.ACCOUNT;
import static com.settle.store.jooq.Tables.APPLICATION;
import static com.settle.store.jooq.Tables.APP_USER;
import static com.settle.store.jooq.Tables.CREDIT_BALANCE_ADJUSTMENT;
import static com.settle.store.jooq.Tables.PAYMENT;
import static com.settle.store.jooq.Tables.REFUND;
import static com.settle.store.jooq.Tables.UNAPPLICATION;

import com.settle.domain.model.DocumentType;
import com.settle.domain.model.OpenDocument;
import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.PaymentDetail.ApplicationView;
import com.settle.domain.model.PaymentDetail.LineView;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.PaymentSummary;
import com.settle.store.jooq.tables.records.PaymentRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The read side of payments: the detail page and the Apply dialog's open documents. */
public final class PaymentQueries {

    public Optional<PaymentDetail> detail(DSLContext tx, String number) {
        return read(tx, number, true);
    }

    /** The payment's figures and version only, without its history: what the Apply dialog needs. */
    public Optional<PaymentDetail> header(DSLContext tx, String number) {
        return read(tx, number, false);
    }

    private Optional<PaymentDetail> read(DSLContext tx, String number, boolean history) {
        Optional<Record> head = tx.select(PAYMENT.fields()).select(ACCOUNT.NUMBER, ACCOUNT.NAME)
                .from(PAYMENT).join(ACCOUNT).on(ACCOUNT.ID.eq(PAYMENT.ACCOUNT_ID))
                .where(PAYMENT.NUMBER.eq(number)).fetchOptional().map(r -> r);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Record r = head.get();
        PaymentRecord p = r.into(PAYMENT);
        String cur = p.getCurrency();
        PaymentSummary summary = new PaymentSummary(p.getNumber(), r.get(ACCOUNT.NUMBER),
                r.get(ACCOUNT.NAME), p.getEffectiveDate(), PaymentMethod.parse(p.getMethod()), p.getReference(),
                Amounts.money(p.getAmount(), cur), Amounts.money(p.getAppliedAmount(), cur),
                Amounts.money(p.getUnappliedAmount(), cur), Amounts.money(p.getRefundedAmount(), cur),
                Amounts.money(p.getTransferredAmount(), cur), p.getStatus());
        if (!history) {
            return Optional.of(new PaymentDetail(summary, p.getVersion(), p.getComment(), p.getCanceledAt(),
                    List.of(), List.of(), List.of(), List.of()));
        }
        return Optional.of(new PaymentDetail(summary, p.getVersion(), p.getComment(), p.getCanceledAt(),
                applications(tx, p.getId(), cur), unapplications(tx, p.getId(), cur), refunds(tx, p.getId(), cur),
                transfers(tx, p.getId(), p.getAccountId(), cur)));
    }

    private List<ApplicationView> applications(DSLContext tx, long paymentId, String cur) {
        Map<Long, List<LineView>> lines = new LinkedHashMap<>();
        tx.fetch("""
                SELECT ad.application_id, d.number, d.doc_type, di.ordinal, di.charge_name, ai.amount,
                  COALESCE((SELECT SUM(ui.amount) FROM unapplication_item ui WHERE ui.application_item_id = ai.id), 0)
                FROM application x
                JOIN application_document ad ON ad.application_id = x.id
                JOIN application_item ai ON ai.application_document_id = ad.id
                JOIN document d ON d.id = ad.document_id
                JOIN document_item di ON di.id = ai.document_item_id
                WHERE x.payment_id = ?
                ORDER BY x.id, d.number, di.ordinal""", paymentId)
                .forEach(l -> lines.computeIfAbsent(l.get(0, Long.class), k -> new ArrayList<>())
                        .add(new LineView(l.get(1, String.class), DocumentType.fromCode(l.get(2, String.class)),
                                l.get(3, Integer.class), l.get(4, String.class),
                                Amounts.money(l.get(5, BigDecimal.class), cur),
                                Amounts.money(l.get(6, BigDecimal.class), cur))));
        var reversed = DSL.field(DSL.select(
                        DSL.coalesce(DSL.sum(UNAPPLICATION.AMOUNT), BigDecimal.ZERO))
                .from(UNAPPLICATION).where(UNAPPLICATION.APPLICATION_ID.eq(APPLICATION.ID)));
        return tx.select(APPLICATION.ID, APPLICATION.EFFECTIVE_DATE, APPLICATION.RULE, APPLICATION.AMOUNT, reversed,
                        APP_USER.DISPLAY_NAME, APPLICATION.CREATED_AT)
                .from(APPLICATION).join(APP_USER).on(APP_USER.ID.eq(APPLICATION.CREATED_BY_ID))
                .where(APPLICATION.PAYMENT_ID.eq(paymentId)).orderBy(APPLICATION.ID)
                .fetch(a -> new ApplicationView(a.value1(), a.value2(), a.value3(), Amounts.money(a.value4(), cur),
                        Amounts.money(a.value5(), cur), a.value6(), a.value7(),
                        lines.getOrDefault(a.value1(), List.of())));
    }

    private List<PaymentDetail.UnapplicationView> unapplications(DSLContext tx, long paymentId, String cur) {
        return tx.select(UNAPPLICATION.ID, UNAPPLICATION.APPLICATION_ID, UNAPPLICATION.EFFECTIVE_DATE,
                        UNAPPLICATION.AMOUNT, UNAPPLICATION.REASON_CODE, UNAPPLICATION.COMMENT)
                .from(UNAPPLICATION).join(APPLICATION).on(APPLICATION.ID.eq(UNAPPLICATION.APPLICATION_ID))
                .where(APPLICATION.PAYMENT_ID.eq(paymentId)).orderBy(UNAPPLICATION.ID)
                .fetch(u -> new PaymentDetail.UnapplicationView(u.value1(), u.value2(), u.value3(),
                        Amounts.money(u.value4(), cur), u.value5(), u.value6()));
    }

    private List<PaymentDetail.RefundView> refunds(DSLContext tx, long paymentId, String cur) {
        return tx.selectFrom(REFUND).where(REFUND.PAYMENT_ID.eq(paymentId)).orderBy(REFUND.ID)
                .fetch(f -> new PaymentDetail.RefundView(f.getNumber(), f.getRefundDate(),
                        Amounts.money(f.getAmount(), cur), PaymentMethod.parse(f.getMethod()), f.getReference(),
                        f.getReasonCode(), f.getComment()));
    }

    /**
     * What the payment moved to the credit balance: among its account's adjustments (read by their index; a
     * transfer always goes to the payment's own account), not every adjustment of the file (300 ms at 200,000).
     */
    private List<PaymentDetail.TransferView> transfers(DSLContext tx, long paymentId, long accountId, String cur) {
        return tx.selectFrom(CREDIT_BALANCE_ADJUSTMENT)
                .where(CREDIT_BALANCE_ADJUSTMENT.ACCOUNT_ID.eq(accountId))
                .and(CREDIT_BALANCE_ADJUSTMENT.SOURCE_TRANSACTION_TYPE.eq("Payment"))
                .and(CREDIT_BALANCE_ADJUSTMENT.SOURCE_TRANSACTION_ID.eq(paymentId))
                .and(CREDIT_BALANCE_ADJUSTMENT.HISTORY_TYPE.eq("from_payment"))
                .orderBy(CREDIT_BALANCE_ADJUSTMENT.ID)
                .fetch(c -> new PaymentDetail.TransferView(c.getNumber(), c.getAdjustmentDate(),
                        Amounts.money(c.getAmount(), cur), c.getStatus()));
    }

    /** The account's posted documents with an open balance and all their items (see {@link OpenDocumentsQuery}). */
    public List<OpenDocument> openDocuments(DSLContext tx, long accountId) {
        return new OpenDocumentsQuery().fetch(tx, accountId);
    }

    /** One document as {@link #openDocuments} gives it, if it is posted and open. */
    public Optional<OpenDocument> openDocument(DSLContext tx, long documentId) {
        return new OpenDocumentsQuery().document(tx, documentId);
    }
}
