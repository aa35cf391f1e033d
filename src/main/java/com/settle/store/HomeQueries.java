package com.settle.store;

import com.settle.domain.Money;
import com.settle.domain.model.HomeFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The figures of Home, per currency, in one query. */
public final class HomeQueries {

    /**
     * The totals per currency: one GROUP BY pass over each table, merged here. The open documents and their aging
     * come from their totals per due date ({@link OpenTotals}, kept as documents change): adding up the 150,000
     * open documents of a large file took 2.5 s.
     */
    public List<HomeFigures> figures(DSLContext tx, LocalDate today) {
        Map<String, BigDecimal[]> by = new TreeMap<>();
        for (Record r : tx.fetch("SELECT currency, SUM(credit_balance) FROM account GROUP BY currency")) {
            row(by, r.get(0, String.class))[2] = r.get(1, BigDecimal.class);
        }
        for (Record r : tx.fetch("SELECT currency, SUM(unapplied_amount) FROM payment WHERE " + Selective.PROCESSED_SQL
                + " AND unapplied_amount >= " + Amounts.ABOVE_ZERO_SQL + " GROUP BY currency")) {
            row(by, r.get(0, String.class))[1] = r.get(1, BigDecimal.class);
        }
        for (Record r : tx.fetch("""
                SELECT currency, SUM(balance),
                  SUM(CASE WHEN due_date >= ? THEN balance END),
                  SUM(CASE WHEN due_date < ? AND due_date >= ? THEN balance END),
                  SUM(CASE WHEN due_date < ? AND due_date >= ? THEN balance END),
                  SUM(CASE WHEN due_date < ? AND due_date >= ? THEN balance END),
                  SUM(CASE WHEN due_date < ? THEN balance END)
                FROM open_total GROUP BY currency""",
                today, today, today.minusDays(30), today.minusDays(30), today.minusDays(60), today.minusDays(60),
                today.minusDays(90), today.minusDays(90))) {
            BigDecimal[] row = row(by, r.get(0, String.class));
            row[0] = r.get(1, BigDecimal.class);
            for (int i = 0; i < 5; i++) {
                row[3 + i] = r.get(2 + i, BigDecimal.class);
            }
        }
        List<HomeFigures> out = new ArrayList<>();
        by.forEach((code, f) -> {
            Money[] m = new Money[8];
            for (int i = 0; i < 8; i++) {
                m[i] = Amounts.money(f[i] == null ? BigDecimal.ZERO : f[i], code);
            }
            out.add(new HomeFigures(code, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7]));
        });
        return out;
    }

    private static BigDecimal[] row(Map<String, BigDecimal[]> by, String currency) {
        return by.computeIfAbsent(currency, c -> new BigDecimal[8]);
    }

}
