package com.settle.store;

import com.settle.domain.Money;
import com.settle.domain.model.HomeFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The figures of Home, per currency, in one query. */
public final class HomeQueries {

    public List<HomeFigures> figures(DSLContext tx, LocalDate today) {
        return tx.fetch("""
                WITH cur AS (
                  SELECT currency FROM account UNION SELECT currency FROM document UNION SELECT currency FROM payment),
                open_docs AS (
                  SELECT currency, balance, DATEDIFF(DAY, due_date, ?) AS late
                  FROM document WHERE status = 'Posted' AND balance > 0)
                SELECT c.currency,
                  COALESCE((SELECT SUM(balance) FROM open_docs o WHERE o.currency = c.currency), 0),
                  COALESCE((SELECT SUM(unapplied_amount) FROM payment p WHERE p.currency = c.currency
                            AND p.status = 'Processed'), 0),
                  COALESCE((SELECT SUM(credit_balance) FROM account a WHERE a.currency = c.currency), 0),
                  COALESCE((SELECT SUM(balance) FROM open_docs o WHERE o.currency = c.currency AND late <= 0), 0),
                  COALESCE((SELECT SUM(balance) FROM open_docs o WHERE o.currency = c.currency
                            AND late BETWEEN 1 AND 30), 0),
                  COALESCE((SELECT SUM(balance) FROM open_docs o WHERE o.currency = c.currency
                            AND late BETWEEN 31 AND 60), 0),
                  COALESCE((SELECT SUM(balance) FROM open_docs o WHERE o.currency = c.currency
                            AND late BETWEEN 61 AND 90), 0),
                  COALESCE((SELECT SUM(balance) FROM open_docs o WHERE o.currency = c.currency AND late > 90), 0)
                FROM cur c ORDER BY c.currency""", today).map(HomeQueries::figures);
    }

    private static HomeFigures figures(Record r) {
        Currency c = Currency.getInstance(r.get(0, String.class));
        return new HomeFigures(c.getCurrencyCode(), m(r, 1, c), m(r, 2, c), m(r, 3, c), m(r, 4, c), m(r, 5, c),
                m(r, 6, c), m(r, 7, c), m(r, 8, c));
    }

    private static Money m(Record r, int i, Currency c) {
        return Amounts.money(r.get(i, BigDecimal.class), c.getCurrencyCode());
    }
}
