package com.settle.store;

import com.settle.domain.Money;
import com.settle.domain.model.DocumentDetail;
import com.settle.domain.model.DocumentDetail.Activity;
import com.settle.domain.model.DocumentDetail.Item;
import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.DocumentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The reads behind an invoice's or debit memo's page. */
public final class DocumentQueries {

    public Optional<DocumentDetail> detail(DSLContext tx, String number) {
        Record d = tx.fetchOne("SELECT d.id, d.doc_type, d.number, a.number, a.name, d.document_date, d.due_date,"
                + " d.currency, d.amount, d.balance, d.status, d.comment, d.created_at, d.posted_at, d.canceled_at,"
                + " (SELECT COUNT(*) FROM document_item i WHERE i.document_id = d.id)"
                + " FROM document d JOIN account a ON a.id = d.account_id WHERE d.number = ?", number);
        if (d == null) {
            return Optional.empty();
        }
        long id = d.get(0, Long.class);
        String currency = d.get(7, String.class);
        var summary = new DocumentSummary(DocumentType.fromCode(d.get(1, String.class)), d.get(2, String.class),
                d.get(3, String.class), d.get(4, String.class), d.get(5, LocalDate.class), d.get(6, LocalDate.class),
                money(d.get(8, BigDecimal.class), currency), money(d.get(9, BigDecimal.class), currency),
                DocumentStatus.fromCode(d.get(10, String.class)), d.get(15, Integer.class));
        List<Item> items = tx.fetch("SELECT i.ordinal, i.charge_name, i.description, i.service_start, i.service_end,"
                        + " i.quantity, i.unit_price, i.amount, b.balance, i.accounting_code FROM document_item i"
                        + " JOIN document_item_balance b ON b.item_id = i.id WHERE i.document_id = ? ORDER BY i.ordinal",
                id).map(r -> new Item(r.get(0, Integer.class), r.get(1, String.class), r.get(2, String.class),
                r.get(3, LocalDate.class), r.get(4, LocalDate.class), r.get(5, BigDecimal.class),
                r.get(6, BigDecimal.class), money(r.get(7, BigDecimal.class), currency),
                money(r.get(8, BigDecimal.class), currency), r.get(9, String.class)));
        return Optional.of(new DocumentDetail(summary, d.get(11, String.class), d.get(12, OffsetDateTime.class),
                d.get(13, OffsetDateTime.class), d.get(14, OffsetDateTime.class), items, activity(tx, id, currency)));
    }

    private static List<Activity> activity(DSLContext tx, long id, String currency) {
        List<Activity> out = new ArrayList<>();
        tx.fetch("SELECT a.effective_date, p.number, ad.amount, a.created_at FROM application_document ad"
                + " JOIN application a ON a.id = ad.application_id JOIN payment p ON p.id = a.payment_id"
                + " WHERE ad.document_id = ?", id).forEach(r -> out.add(new Activity(r.get(0, LocalDate.class),
                "Payment applied", r.get(1, String.class), money(r.get(2, BigDecimal.class), currency), false,
                r.get(3, OffsetDateTime.class))));
        tx.fetch("SELECT u.effective_date, p.number, ud.amount, u.created_at FROM unapplication_document ud"
                + " JOIN unapplication u ON u.id = ud.unapplication_id"
                + " JOIN application_document ad ON ad.id = ud.application_document_id"
                + " JOIN application a ON a.id = ad.application_id JOIN payment p ON p.id = a.payment_id"
                + " WHERE ad.document_id = ?", id).forEach(r -> out.add(new Activity(r.get(0, LocalDate.class),
                "Payment unapplied", r.get(1, String.class), money(r.get(2, BigDecimal.class), currency), true,
                r.get(3, OffsetDateTime.class))));
        tx.fetch("SELECT c.adjustment_date, c.number, SUM(ci.amount), c.history_type, c.created_date,"
                + " c.cancelled_on FROM credit_balance_adjustment_item ci"
                + " JOIN document_item i ON i.id = ci.document_item_id"
                + " JOIN credit_balance_adjustment c ON c.id = ci.adjustment_id WHERE i.document_id = ?"
                + " GROUP BY c.id, c.adjustment_date, c.number, c.history_type, c.created_date, c.cancelled_on",
                id).forEach(r -> {
                    boolean applied = "applied_to_invoice".equals(r.get(3, String.class));
                    Money amount = money(r.get(2, BigDecimal.class), currency);
                    out.add(new Activity(r.get(0, LocalDate.class), applied ? "Credit balance applied"
                            : "Moved to the credit balance", r.get(1, String.class), amount, false,
                            r.get(4, OffsetDateTime.class)));
                    OffsetDateTime cancelled = r.get(5, OffsetDateTime.class);
                    if (cancelled != null) {
                        out.add(new Activity(cancelled.toLocalDate(), applied ? "Credit application canceled"
                                : "Transfer to credit balance canceled", r.get(1, String.class), amount, true,
                                cancelled));
                    }
                });
        out.sort(Comparator.comparing(Activity::date).thenComparing(Activity::recordedAt));
        return out;
    }

    private static Money money(BigDecimal amount, String currency) {
        return Amounts.money(amount, currency);
    }
}
