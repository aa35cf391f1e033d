package com.settle.store;

import com.settle.domain.Money;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.OpenDocument;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The Apply dialog's query: every posted document of an account with an open balance, with all its
 * items, oldest due first. It reads up to 150,000 rows, so it runs as plain JDBC on the
 * transaction's connection (jOOQ's record mapping doubled its cost) and shares its SQL with the
 * benchmark that compares it with raw JDBC.
 */
public final class OpenDocumentsQuery {

    private static final String SELECT = """
            SELECT d.id, d.doc_type, d.number, d.document_date, d.due_date, d.amount, d.balance, d.version, d.currency,
              i.id, i.ordinal, i.charge_name, i.service_start, i.service_end, i.amount, b.balance
            FROM document d JOIN document_item i ON i.document_id = d.id
            JOIN document_item_balance b ON b.item_id = i.id
            WHERE d.status = 'Posted' AND d.balance >= 0.0001 AND """;
    private static final String ORDER = " ORDER BY d.due_date, d.document_date, d.number, i.ordinal";

    /** The SQL for one account, also run raw by the benchmark. */
    public static final String SQL = SELECT + " d.account_id = ?" + ORDER;

    /** Every open document of the account with all its items, oldest due first. */
    public List<OpenDocument> fetch(DSLContext tx, long accountId) {
        return tx.connectionResult(c -> fetch(c, SQL, accountId));
    }

    /** One document with all its items, if it is posted and open. */
    public Optional<OpenDocument> document(DSLContext tx, long documentId) {
        return tx.connectionResult(c -> fetch(c, SELECT + " d.id = ?" + ORDER, documentId)).stream().findFirst();
    }

    private static List<OpenDocument> fetch(Connection c, String sql, long key) throws SQLException {
        List<OpenDocument> result = new ArrayList<>();
        Map<String, Currency> currencies = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                long docId = -1;
                Object[] doc = null;
                List<OpenDocument.Item> items = new ArrayList<>();
                Currency cur = null;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != docId) {
                        if (doc != null) {
                            result.add(document(doc, cur, items));
                        }
                        docId = id;
                        cur = currencies.computeIfAbsent(rs.getString(9), Currency::getInstance);
                        doc = new Object[] {id, rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getInt(8)};
                        items = new ArrayList<>();
                    }
                    items.add(new OpenDocument.Item(rs.getLong(10), rs.getInt(11), rs.getString(12),
                            rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class),
                            Money.of(rs.getBigDecimal(15), cur), Money.of(rs.getBigDecimal(16), cur)));
                }
                if (doc != null) {
                    result.add(document(doc, cur, items));
                }
            }
        }
        return result;
    }

    private static OpenDocument document(Object[] d, Currency cur, List<OpenDocument.Item> items) {
        return new OpenDocument((Long) d[0], DocumentType.fromCode((String) d[1]), (String) d[2], (LocalDate) d[3],
                (LocalDate) d[4], Money.of((BigDecimal) d[5], cur), Money.of((BigDecimal) d[6], cur), (Integer) d[7],
                List.copyOf(items));
    }
}
