package com.settle.store;

import com.settle.domain.model.DocumentStatus;
import com.settle.store.BooksQueries.DocumentFigures;
import com.settle.store.BooksQueries.ItemFigures;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Verify books' pass over documents and their items. Each table is read once in plain id order, and what one
 * record needs of another is kept in arrays by position ({@link IdPositions}, {@link ExactSums}): the documents'
 * numbers, statuses and currencies, each item's application lines summed, each document's items summed. At ten
 * years' size (600,000 documents, 3,000,000 items) that is about 70 MB for the pass, and it replaces the joins and
 * groupings H2 made per row: 18 s of reading became 5 s.
 */
public final class DocumentPass {

    private final OpenTotalSums openTotals = new OpenTotalSums();

    /**
     * Where each item and document stands, for the pass over their application lines ({@link LinePass}): each
     * item's document (its position among {@code documents}, -1 for none) and each document's account.
     */
    public record Places(IdPositions items, int[] documentOfItem, IdPositions documents, long[] accountOfDocument) {
    }

    /** The documents' fields, by position: read once, for the items' checks and then for the documents' own. */
    private static final class Documents {
        final IdPositions positions;
        final DocumentNumbers numbers;
        final DocumentStatus[] statuses;
        final String[] currencies;
        final long[] accounts;
        final String[] types;
        final long[] dueDays;
        final ExactSums amounts;
        final ExactSums balances;

        Documents(Connection c, ClosedPeriods.Watch dated) throws SQLException {
            positions = IdPositions.of(c, "document");
            int n = positions.size();
            numbers = new DocumentNumbers(n);
            statuses = new DocumentStatus[n];
            currencies = new String[n];
            accounts = new long[n];
            types = new String[n];
            dueDays = new long[n];
            amounts = new ExactSums(n);
            balances = new ExactSums(n);
            try (PreparedStatement ps = c.prepareStatement("SELECT id, number, status, currency, account_id, amount,"
                    + " balance, doc_type, due_date, document_date, posted_at FROM document");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int at = positions.of(rs.getLong(1));
                    numbers.put(at, rs.getString(2));
                    statuses[at] = DocumentStatus.fromCode(rs.getString(3));
                    currencies[at] = rs.getString(4).intern();
                    accounts[at] = rs.getLong(5);
                    amounts.add(at, rs.getBigDecimal(6));
                    balances.add(at, rs.getBigDecimal(7));
                    types[at] = rs.getString(8).intern();
                    dueDays[at] = rs.getObject(9, LocalDate.class).toEpochDay();
                    dated.row(rs.getLong(1), rs.getObject(10, LocalDate.class), rs, 11);
                }
            }
        }
    }

    /** Each document's items: the sums of their amounts and balances, and how many there are. */
    private static final class ItemSums {
        final ExactSums amounts;
        final ExactSums balances;
        final int[] counts;

        ItemSums(int size) {
            amounts = new ExactSums(size);
            balances = new ExactSums(size);
            counts = new int[size];
        }
    }

    /**
     * Every item in id order with its document's number, status and currency, its balance row, what payments
     * and credit settled of it (net of reversals) and whether any of its application lines has more decimals
     * than its currency allows ({@code scales}: each currency's decimals); then every document in id order with
     * the sums and count of its items. {@code currencies}: each account's currency by id; {@code applied}: the
     * application lines summed per item, asked for once the documents are read. {@code walk} is handed every item
     * as it is read; each document's date and moment of posting go to its watch in {@code periods}. Returns where
     * each item and document stands, for {@link LinePass}.
     */
    public Places run(DSLContext tx, Map<Long, String> currencies, Map<String, Integer> scales,
                      Supplier<AppliedToItems> applied, Consumer<ItemFigures> eachItem,
                      Consumer<DocumentFigures> eachDocument, RowWalk walk, ClosedPeriods periods) {
        ClosedPeriods.Watch dated = periods.watch("document");
        return tx.connectionResult(c -> {
            Documents documents = new Documents(c, dated);
            ItemSums sums = new ItemSums(documents.positions.size());
            AppliedToItems lines = applied.get();
            IdPositions items = lines.items;
            int[] documentOfItem;
            try (walk) {
                walk.open(c);
                documentOfItem = items(c, lines, documents, sums, scales, eachItem, walk);
                walk.finish();
            }
            documents(documents, sums, currencies, eachDocument);
            return new Places(items, documentOfItem, documents.positions, documents.accounts);
        });
    }

    /** What the open documents the pass read leave open per currency and due date, against Home's totals. */
    public OpenTotalSums openTotals() {
        return openTotals;
    }

    /** Checks every item; returns each item's document by position. */
    private static int[] items(Connection c, AppliedToItems lines, Documents documents, ItemSums sums,
                               Map<String, Integer> scales, Consumer<ItemFigures> each, RowWalk walk)
            throws SQLException {
        IdPositions positions = lines.items;
        ExactSums applied = lines.applied;
        ItemBalances balances = lines.balances();
        int[] documentOfItem = new int[positions.size()];
        Arrays.fill(documentOfItem, -1);
        // A document's items are read one after another: its number is made once for them.
        int named = -1;
        String number = null;
        try (OrderedRows reversed = new OrderedRows(c, "SELECT ai.document_item_id, SUM(ui.amount)"
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
             PreparedStatement ps = c.prepareStatement("SELECT id, document_id, ordinal, amount" + RowWalk.after(walk)
                     + " FROM document_item ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                walk.row(rs, 5);
                long id = rs.getLong(1);
                long documentId = rs.getLong(2);
                int document = documents.positions.of(documentId);
                int at = positions.of(id);
                BigDecimal[] balance = balances.at(at);
                documentOfItem[at] = document;
                if (document < 0) {
                    continue;
                }
                BigDecimal amount = rs.getBigDecimal(4);
                sums.amounts.add(document, amount);
                if (balance != null) {
                    sums.balances.add(document, balance[1]);
                }
                sums.counts[document]++;
                if (document != named) {
                    named = document;
                    number = documents.numbers.of(document);
                }
                String currency = documents.currencies[document];
                boolean tooPrecise = applied.decimals(at) > scales.getOrDefault(currency, Integer.MAX_VALUE);
                each.accept(new ItemFigures(documentId, number, documents.statuses[document],
                        currency, rs.getInt(3), amount, balance == null ? null : balance[0],
                        balance == null ? null : balance[1], applied.of(at).subtract(reversed.sum(id)),
                        credit.sum(id).add(writtenOff.sum(id)), tooPrecise));
            }
        }
        return documentOfItem;
    }

    /** Every document in id order with the sums and count of its items, and what it leaves open. */
    private void documents(Documents documents, ItemSums sums, Map<Long, String> currencies,
                           Consumer<DocumentFigures> each) {
        for (int at = 0; at < documents.positions.size(); at++) {
            if (!documents.numbers.has(at)) {
                continue;
            }
            long account = documents.accounts[at];
            String currency = documents.currencies[at];
            BigDecimal balance = documents.balances.of(at);
            openTotals.add(currency, LocalDate.ofEpochDay(documents.dueDays[at]), documents.statuses[at].code(),
                    balance);
            each.accept(new DocumentFigures(documents.positions.id(at), account, documents.numbers.of(at),
                    documents.types[at], currency, currencies.get(account), documents.statuses[at],
                    documents.amounts.of(at), balance, sums.amounts.of(at), sums.balances.of(at), sums.counts[at]));
        }
    }
}
