package com.settle.service;

import org.jooq.DSLContext;

/**
 * The large company's payments taken off their invoice: one payment in sixty paid in full is found twenty days
 * later to have been applied to the wrong invoice, and its whole application is reversed, line by line. The items
 * get their balance back and the payment its money as unapplied; half of those payments then go to the credit
 * balance ({@link LargeCredit}), the others wait for the clerk. Each statement reads only the batch's own rows.
 */
final class LargeUnapplications {

    private LargeUnapplications() {
    }

    /** Reverses the chosen applications written after {@code applicationsBefore}. */
    static void write(DSLContext t, long applicationsBefore) {
        long before = LargeCompany.value(t, "SELECT COALESCE(MAX(id), 0) FROM unapplication");
        long linesBefore = LargeCompany.value(t, "SELECT COALESCE(MAX(id), 0) FROM unapplication_document");
        long itemsBefore = LargeCompany.value(t, "SELECT COALESCE(MAX(id), 0) FROM unapplication_item");
        t.execute("""
                INSERT INTO unapplication (application_id, effective_date, amount, reason_code, comment, created_by_id,
                  created_at)
                SELECT x.id, DATEADD(DAY, 20, x.effective_date), x.amount, ?, 'Applied to the wrong invoice',
                  x.created_by_id, x.created_at
                FROM application x JOIN payment p ON p.id = x.payment_id JOIN document d ON d.number = p.reference
                WHERE x.id > ? AND TAKEN_OFF ORDER BY x.id""".replace("TAKEN_OFF", LargeCompany.TAKEN_OFF),
                LargeCompany.reasonCode(t, UnapplicationService.REASON_TYPE), applicationsBefore);
        t.execute("""
                INSERT INTO unapplication_document (unapplication_id, application_document_id, amount)
                SELECT u.id, ad.id, ad.amount FROM unapplication u JOIN application_document ad
                  ON ad.application_id = u.application_id
                WHERE u.id > ? ORDER BY u.id, ad.id""", before);
        t.execute("""
                INSERT INTO unapplication_item (unapplication_document_id, application_item_id, amount)
                SELECT ud.id, ai.id, ai.amount FROM unapplication_document ud JOIN application_item ai
                  ON ai.application_document_id = ud.application_document_id
                WHERE ud.id > ? ORDER BY ud.id, ai.id""", linesBefore);
        String reversed = """
                SELECT ai.document_item_id AS item_id, ui.amount FROM unapplication_item ui
                JOIN application_item ai ON ai.id = ui.application_item_id WHERE ui.id > ?""";
        t.execute("""
                UPDATE document_item_balance b SET balance = balance + (SELECT SUM(r.amount) FROM (REVERSED) r
                  WHERE r.item_id = b.item_id)
                WHERE b.item_id IN (SELECT r.item_id FROM (REVERSED) r)""".replace("REVERSED", reversed),
                itemsBefore, itemsBefore);
        String payments = """
                SELECT x.payment_id, u.amount FROM unapplication u JOIN application x ON x.id = u.application_id
                WHERE u.id > ?""";
        t.execute("""
                UPDATE payment p SET applied_amount = applied_amount - BACK, unapplied_amount = unapplied_amount + BACK
                WHERE p.id IN (SELECT r.payment_id FROM (PAYMENTS) r)"""
                .replace("BACK", "(SELECT SUM(r.amount) FROM (PAYMENTS) r WHERE r.payment_id = p.id)")
                .replace("PAYMENTS", payments), before, before, before);
    }
}
