package com.settle.store;

import static com.settle.store.jooq.Tables.DOCUMENT;
import static com.settle.store.jooq.Tables.PAYMENT;

import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.DocumentType;
import com.settle.domain.model.PaymentStatus;
import org.jooq.Condition;

/**
 * Conditions on a column of two or three values (a status, a type) written as "not the others", for queries
 * that also narrow by an amount range: H2 then reads the few rows of the range by its index. Written as "=
 * Processed", it takes the status index instead (it counts a value of a column with few values as rare) and reads
 * all 500,000 payments. The CHECK constraints of the tables make the two forms the same rows.
 */
final class Selective {

    /** {@code status = 'Processed'} of a payment. */
    static final String PROCESSED_SQL = "status <> 'Canceled'";

    private Selective() {
    }

    /** A payment that is processed. */
    static Condition processed() {
        return PAYMENT.STATUS.ne(PaymentStatus.CANCELED);
    }

    /** A document that is posted. */
    static Condition posted() {
        return DOCUMENT.STATUS.notIn(DocumentStatus.DRAFT, DocumentStatus.CANCELED);
    }

    /** A document that is an invoice. */
    static Condition invoice() {
        return DOCUMENT.DOC_TYPE.ne(DocumentType.DEBIT_MEMO.code());
    }
}
