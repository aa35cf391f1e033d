package com.settle.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Verify books' pass over the application lines, after {@link DocumentPass}: each application against its lines
 * per document, each of those against its lines per item, each item line on the document of its line, each line
 * on a document of the payment's account. The lines per document, per item and the applications are each read
 * once, plainly, and compared in arrays by position; H2 answered the same questions by joining 2.3 M item lines
 * to their items and documents, or summing them per line through an index (7.6 s at ten years' size, against 2 s).
 * Finds ids only; {@link LineQueries} names the few found. Each row read is told to {@code eachRow}, which may
 * stop the pass by throwing (Verify's progress and Cancel: the pass takes about two seconds at that size).
 */
public final class LinePass {

    /** Ids of what was found (none, when the books are right). */
    public record Found(List<Long> applicationsOff, List<Long> documentLinesOff, List<Long> itemLinesCrossed,
                        List<Long> documentLinesCrossed, List<Long> appliedBeforePayment) {
    }

    /** The lines per document: their application, document (position; -2 where no line has the id) and amount. */
    private static final class DocumentLines {
        final IdPositions positions;
        final long[] applications;
        final int[] documents;
        final ExactSums amounts;
        final ExactSums itemSums;

        DocumentLines(Connection c, IdPositions documentPositions, IdPositions applicationPositions,
                      ExactSums applicationSums, Runnable eachRow) throws SQLException {
            positions = IdPositions.of(c, "application_document");
            applications = new long[positions.size()];
            documents = new int[positions.size()];
            Arrays.fill(documents, -2);
            amounts = new ExactSums(positions.size());
            itemSums = new ExactSums(positions.size());
            try (PreparedStatement ps = c.prepareStatement("SELECT id, application_id, document_id, amount"
                    + " FROM application_document");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    eachRow.run();
                    int at = positions.of(rs.getLong(1));
                    applications[at] = rs.getLong(2);
                    documents[at] = documentPositions.of(rs.getLong(3));
                    BigDecimal amount = rs.getBigDecimal(4);
                    amounts.add(at, amount);
                    int application = applicationPositions.of(applications[at]);
                    if (application >= 0) {
                        applicationSums.add(application, amount);
                    }
                }
            }
        }
    }

    /**
     * Reads the lines and applications, with {@code places} from the pass over documents and items and
     * {@code payments} from the pass over payments; tells {@code eachRow} of each row read. Each application's
     * date and moment of writing go to its watch in {@code periods}.
     */
    public Found run(DSLContext tx, DocumentPass.Places places, RecordPasses.PaymentPlaces payments,
                     ClosedPeriods periods, Runnable eachRow) {
        ClosedPeriods.Watch dated = periods.watch("application");
        return tx.connectionResult(c -> {
            IdPositions applications = IdPositions.of(c, "application");
            ExactSums applicationSums = new ExactSums(applications.size());
            DocumentLines lines = new DocumentLines(c, places.documents(), applications, applicationSums, eachRow);
            List<Long> itemLinesCrossed = itemLines(c, lines, places, eachRow);
            long[] accountOfApplication = new long[applications.size()];
            List<Long> appliedBeforePayment = new ArrayList<>();
            List<Long> applicationsOff = applications(c, applications, applicationSums, payments,
                    accountOfApplication, appliedBeforePayment, dated, eachRow);
            List<Long> documentLinesOff = new ArrayList<>();
            List<Long> documentLinesCrossed = new ArrayList<>();
            for (int at = 0; at < lines.positions.size(); at++) {
                if (lines.documents[at] == -2) {
                    continue;
                }
                long id = lines.positions.id(at);
                if (lines.amounts.of(at).compareTo(lines.itemSums.of(at)) != 0) {
                    documentLinesOff.add(id);
                }
                int application = applications.of(lines.applications[at]);
                int document = lines.documents[at];
                if (application >= 0 && document >= 0
                        && accountOfApplication[application] != places.accountOfDocument()[document]) {
                    documentLinesCrossed.add(id);
                }
            }
            return new Found(applicationsOff, documentLinesOff, itemLinesCrossed, documentLinesCrossed,
                    appliedBeforePayment);
        });
    }

    /** Sums the item lines per document line; returns the item lines on another document than their line's. */
    private static List<Long> itemLines(Connection c, DocumentLines lines, DocumentPass.Places places,
                                        Runnable eachRow) throws SQLException {
        List<Long> crossed = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, document_item_id, application_document_id, amount"
                + " FROM application_item");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                eachRow.run();
                int line = lines.positions.of(rs.getLong(3));
                if (line < 0) {
                    continue;
                }
                lines.itemSums.add(line, rs.getBigDecimal(4));
                int item = places.items().of(rs.getLong(2));
                if (item >= 0 && places.documentOfItem()[item] != lines.documents[line]) {
                    crossed.add(rs.getLong(1));
                }
            }
        }
        return crossed;
    }

    /**
     * Every application against the sum of its lines and against its payment's date; notes each one's account (its
     * payment's) in {@code accountOfApplication} and each dated before its payment in {@code appliedBefore}. Returns
     * the applications whose amount differs. An application of no payment is left out, as a join would.
     */
    private static List<Long> applications(Connection c, IdPositions applications, ExactSums lineSums,
                                           RecordPasses.PaymentPlaces payments, long[] accountOfApplication,
                                           List<Long> appliedBefore, ClosedPeriods.Watch dated, Runnable eachRow)
            throws SQLException {
        List<Long> off = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, amount, payment_id, effective_date,"
                + " created_at FROM application");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                eachRow.run();
                LocalDate date = rs.getObject(4, LocalDate.class);
                dated.row(rs.getLong(1), date, rs, 5);
                int payment = payments.positions().of(rs.getLong(3));
                if (payment < 0) {
                    continue;
                }
                int at = applications.of(rs.getLong(1));
                accountOfApplication[at] = payments.accounts()[payment];
                if (rs.getBigDecimal(2).compareTo(lineSums.of(at)) != 0) {
                    off.add(rs.getLong(1));
                }
                if (date.toEpochDay() < payments.days()[payment]) {
                    appliedBefore.add(rs.getLong(1));
                }
            }
        }
        return off;
    }
}
