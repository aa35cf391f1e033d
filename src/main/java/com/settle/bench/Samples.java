package com.settle.bench;

import com.settle.store.Database;

/**
 * What the scale benchmark looks up and searches for, found in the file: the busiest account (the most
 * payments), the payment with the most applications, the document with the most items, the account with the
 * longest credit balance history, and words to search (a payment's number, reference and amount from the middle
 * of the table, a document's and an account's number, a word of an account's name).
 */
record Samples(String busiestAccount, String largestPayment, String largestDocument, String longestHistory,
               String paymentNumber, String reference, String amount, String documentNumber, String accountNumber,
               String nameWord) {

    static Samples of(Database db) {
        return db.dsl().connectionResult(c -> {
            String busiest = RawReads.first(c, "SELECT a.number FROM account a JOIN (SELECT account_id, COUNT(*) n"
                    + " FROM payment GROUP BY account_id ORDER BY n DESC LIMIT 1) t ON t.account_id = a.id");
            String payment = RawReads.first(c, "SELECT p.number FROM payment p JOIN (SELECT ap.payment_id,"
                    + " COUNT(*) n FROM application ap JOIN application_document ad ON ad.application_id = ap.id"
                    + " GROUP BY ap.payment_id ORDER BY n DESC LIMIT 1) t ON t.payment_id = p.id");
            String document = RawReads.first(c, "SELECT d.number FROM document d JOIN (SELECT document_id, COUNT(*)"
                    + " n FROM document_item GROUP BY document_id ORDER BY n DESC LIMIT 1) t ON t.document_id = d.id");
            String history = RawReads.first(c, "SELECT a.number FROM account a JOIN (SELECT account_id, MAX(seq) n"
                    + " FROM credit_balance_entry GROUP BY account_id ORDER BY n DESC LIMIT 1) t ON t.account_id = a.id");
            String middle = "FROM payment WHERE id = (SELECT (MIN(id) + MAX(id)) / 2 FROM payment)";
            String reference = RawReads.first(c, "SELECT reference FROM payment WHERE reference IS NOT NULL AND id >="
                    + " (SELECT (MIN(id) + MAX(id)) / 2 FROM payment) ORDER BY id LIMIT 1");
            String amount = RawReads.first(c, "SELECT CAST(CAST(amount AS DECIMAL(19, 2)) AS VARCHAR) " + middle);
            String name = RawReads.first(c, "SELECT name FROM account WHERE id = (SELECT (MIN(id) + MAX(id)) / 2"
                    + " FROM account)");
            return new Samples(busiest, payment, document, history, RawReads.first(c, "SELECT number " + middle),
                    reference, amount, RawReads.first(c, "SELECT number FROM document WHERE id = (SELECT"
                            + " (MIN(id) + MAX(id)) / 2 FROM document)"),
                    RawReads.first(c, "SELECT number FROM account WHERE id = (SELECT (MIN(id) + MAX(id)) / 2 FROM"
                            + " account)"), name == null ? "" : name.split(" ")[0]);
        });
    }
}
