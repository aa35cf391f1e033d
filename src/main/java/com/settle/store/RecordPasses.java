package com.settle.store;

import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.PaymentStatus;
import com.settle.store.BooksQueries.DocumentFigures;
import com.settle.store.BooksQueries.ItemFigures;
import com.settle.store.BooksQueries.PaymentFigures;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * The passes Verify books makes over every payment, document and item: each table read once in id order beside
 * the sums of its lines in the same order ({@link OrderedRows}), merged as they come. Memory holds one row of each
 * and the accounts' currencies. Reading a range of records at a time instead joined every range's lines again:
 * five times slower per row than one scan at ten years' size.
 */
public final class RecordPasses {

    /**
     * Every payment in id order, with its parts recomputed from its lines; {@code currencies}: each account's
     * currency by id ({@link #accountCurrencies}).
     */
    public void payments(DSLContext tx, Map<Long, String> currencies, Map<Long, BigDecimal> transferred,
                         Consumer<PaymentFigures> each) {
        tx.connection(c -> {
            try (OrderedRows applied = new OrderedRows(c, "SELECT payment_id, SUM(amount) FROM application"
                    + " GROUP BY payment_id ORDER BY payment_id", 1);
                 OrderedRows reversed = new OrderedRows(c, "SELECT x.payment_id, SUM(u.amount) FROM unapplication u"
                         + " JOIN application x ON x.id = u.application_id GROUP BY x.payment_id ORDER BY 1", 1);
                 OrderedRows refunded = new OrderedRows(c, "SELECT payment_id, SUM(amount) FROM refund WHERE"
                         + " payment_id IS NOT NULL GROUP BY payment_id ORDER BY payment_id", 1);
                 PreparedStatement ps = c.prepareStatement("SELECT id, number, currency, account_id, status, amount,"
                         + " applied_amount, unapplied_amount, refunded_amount, transferred_amount FROM payment"
                         + " ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    each.accept(new PaymentFigures(rs.getLong(4), rs.getString(2), rs.getString(3),
                            currencies.get(rs.getLong(4)),
                            PaymentStatus.fromCode(rs.getString(5)), rs.getBigDecimal(6), rs.getBigDecimal(7),
                            rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                            applied.sum(id).subtract(reversed.sum(id)), refunded.sum(id),
                            transferred.getOrDefault(id, BigDecimal.ZERO)));
                }
            }
        });
    }

    /** Every document in id order, with the sums and count of its items (and their balance rows). */
    public void documents(DSLContext tx, Map<Long, String> currencies, Consumer<DocumentFigures> each) {
        tx.connection(c -> {
            try (OrderedRows items = new OrderedRows(c, "SELECT i.document_id, SUM(i.amount), SUM(b.balance),"
                    + " COUNT(*) FROM document_item i LEFT JOIN document_item_balance b ON b.item_id = i.id"
                    + " GROUP BY i.document_id ORDER BY i.document_id", 3);
                 PreparedStatement ps = c.prepareStatement("SELECT id, number, currency, account_id, status, amount,"
                         + " balance, doc_type FROM document ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    BigDecimal[] sums = items.at(id);
                    each.accept(new DocumentFigures(id, rs.getLong(4), rs.getString(2), rs.getString(8),
                            rs.getString(3), currencies.get(rs.getLong(4)), DocumentStatus.fromCode(rs.getString(5)),
                            rs.getBigDecimal(6), rs.getBigDecimal(7),
                            sums == null ? BigDecimal.ZERO : sums[0],
                            sums == null || sums[1] == null ? BigDecimal.ZERO : sums[1],
                            sums == null ? 0 : sums[2].intValue()));
                }
            }
        });
    }

    /**
     * Every item in id order with its document's number, status and currency, its balance row, what payments
     * and credit settled of it (net of reversals) and whether any of its application lines has more decimals
     * than its currency allows ({@code scales}: each currency's decimals).
     */
    public void items(DSLContext tx, Map<String, Integer> scales, Consumer<ItemFigures> each) {
        // One count per scale in use: a line's decimals are judged by its item's currency, known only here.
        List<Integer> distinct = new ArrayList<>(new TreeSet<>(scales.values()));
        StringBuilder excess = new StringBuilder();
        for (int scale : distinct) {
            excess.append(", SUM(CASE WHEN amount <> ROUND(amount, ").append(scale).append(") THEN 1 ELSE 0 END)");
        }
        tx.connection(c -> {
            try (OrderedRows applied = new OrderedRows(c, "SELECT document_item_id, SUM(amount)" + excess
                    + " FROM application_item GROUP BY document_item_id ORDER BY document_item_id",
                    1 + distinct.size());
                 OrderedRows reversed = new OrderedRows(c, "SELECT ai.document_item_id, SUM(ui.amount)"
                         + " FROM unapplication_item ui JOIN application_item ai ON ai.id = ui.application_item_id"
                         + " GROUP BY ai.document_item_id ORDER BY 1", 1);
                 OrderedRows credit = new OrderedRows(c, "SELECT ci.document_item_id,"
                         + " SUM(CASE WHEN c.type = 'Decrease' THEN ci.amount ELSE -ci.amount END)"
                         + " FROM credit_balance_adjustment_item ci JOIN credit_balance_adjustment c"
                         + " ON c.id = ci.adjustment_id WHERE c.status = 'Processed' GROUP BY ci.document_item_id"
                         + " ORDER BY 1", 1);
                 // What write-offs settled, unless reversed, counts like credit applied.
                 OrderedRows writtenOff = new OrderedRows(c, "SELECT wi.document_item_id, SUM(wi.amount)"
                         + " FROM write_off_item wi JOIN write_off w ON w.id = wi.write_off_id WHERE NOT EXISTS"
                         + " (SELECT 1 FROM write_off_reversal x WHERE x.write_off_id = w.id)"
                         + " GROUP BY wi.document_item_id ORDER BY 1", 1);
                 PreparedStatement ps = c.prepareStatement("SELECT i.id, i.document_id, i.ordinal, i.amount,"
                         + " b.amount, b.balance, d.number, d.status, d.currency FROM document_item i"
                         + " LEFT JOIN document_item_balance b ON b.item_id = i.id"
                         + " JOIN document d ON d.id = i.document_id ORDER BY i.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    BigDecimal[] lines = applied.at(id);
                    String currency = rs.getString(9);
                    int column = 1 + distinct.indexOf(scales.getOrDefault(currency, Integer.MAX_VALUE));
                    boolean tooPrecise = lines != null && column > 0 && lines[column].signum() > 0;
                    BigDecimal payments = (lines == null ? BigDecimal.ZERO : lines[0]).subtract(reversed.sum(id));
                    each.accept(new ItemFigures(rs.getLong(2), rs.getString(7), DocumentStatus.fromCode(
                            rs.getString(8)), currency, rs.getInt(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                            rs.getBigDecimal(6), payments, credit.sum(id).add(writtenOff.sum(id)), tooPrecise));
                }
            }
        });
    }

    /** Rows read by a pass: how far along it is. */
    public long count(DSLContext tx, String table) {
        return tx.fetchOne("SELECT COUNT(*) FROM " + table).get(0, Long.class);
    }

    /** Each account's currency by account id, read once for the passes. */
    public Map<Long, String> accountCurrencies(DSLContext tx) {
        Map<Long, String> out = new HashMap<>();
        tx.fetch("SELECT id, currency FROM account").forEach(r -> out.put(r.get(0, Long.class),
                r.get(1, String.class)));
        return out;
    }
}
