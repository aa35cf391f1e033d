package com.settle.store;

import com.settle.domain.model.PaymentStatus;
import com.settle.store.BooksQueries.PaymentFigures;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * Verify books' pass over every payment (documents and items: {@link DocumentPass}): the table read once in id
 * order beside the sums of its lines in the same order ({@link OrderedRows}), merged as they come, its
 * applications summed by position beforehand ({@link ExactSums}). Memory holds one row of each, those sums and the
 * accounts' currencies. Reading a range of records at a time instead joined every range's
 * lines again: five times slower per row than one scan at ten years' size.
 */
public final class RecordPasses {

    /**
     * Where each payment stands, for the pass over the application lines ({@link LinePass}): its account and its
     * date (days since the epoch) by position.
     */
    public record PaymentPlaces(IdPositions positions, long[] accounts, long[] days) {
    }

    /**
     * Every payment in id order, with its parts recomputed from its lines; {@code currencies}: each account's
     * currency by id ({@link #accountCurrencies}); {@code walk} is handed every payment as it is read. Returns where
     * each payment stands. Each payment's date and moment of writing go to its watch in {@code periods}.
     */
    public PaymentPlaces payments(DSLContext tx, Map<Long, String> currencies, Map<Long, BigDecimal> transferred,
                                  Consumer<PaymentFigures> each, RowWalk walk, ClosedPeriods periods) {
        ClosedPeriods.Watch dated = periods.watch("payment");
        return tx.connectionResult(c -> {
            IdPositions positions = IdPositions.of(c, "payment");
            long[] accounts = new long[positions.size()];
            long[] days = new long[positions.size()];
            ExactSums applied = ExactSums.read(c, "SELECT payment_id, amount FROM application", positions);
            try (RowWalk along = walk;
                 OrderedRows reversed = new OrderedRows(c, "SELECT x.payment_id, SUM(u.amount) FROM unapplication u"
                         + " JOIN application x ON x.id = u.application_id GROUP BY x.payment_id ORDER BY 1", 1);
                 OrderedRows refunded = new OrderedRows(c, "SELECT payment_id, SUM(amount) FROM refund WHERE"
                         + " payment_id IS NOT NULL GROUP BY payment_id ORDER BY payment_id", 1);
                 PreparedStatement ps = c.prepareStatement("SELECT id, number, currency, account_id, status, amount,"
                         + " applied_amount, unapplied_amount, refunded_amount, transferred_amount, effective_date,"
                         + " created_at" + RowWalk.after(walk) + " FROM payment ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                along.open(c);
                while (rs.next()) {
                    along.row(rs, 13);
                    long id = rs.getLong(1);
                    int at = positions.of(id);
                    accounts[at] = rs.getLong(4);
                    LocalDate date = rs.getObject(11, LocalDate.class);
                    days[at] = date.toEpochDay();
                    dated.row(id, date, rs, 12);
                    each.accept(new PaymentFigures(rs.getLong(4), rs.getString(2), rs.getString(3),
                            currencies.get(rs.getLong(4)),
                            PaymentStatus.fromCode(rs.getString(5)), rs.getBigDecimal(6), rs.getBigDecimal(7),
                            rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                            applied.of(positions.of(id)).subtract(reversed.sum(id)), refunded.sum(id),
                            transferred.getOrDefault(id, BigDecimal.ZERO)));
                }
                along.finish();
            }
            return new PaymentPlaces(positions, accounts, days);
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
