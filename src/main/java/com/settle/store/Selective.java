package com.settle.store;

import static com.settle.store.jooq.Tables.PAYMENT;

import com.settle.domain.model.PaymentStatus;
import org.jooq.Condition;

/**
 * Conditions on a column of two values (a payment's status) written as "not the other", for queries
 * that also narrow by an amount range: H2 then reads the few rows of the range by its index. Written as "=
 * Processed", it takes the status index instead (it counts a value of a column with few values as rare) and reads
 * all 500,000 payments. The table's CHECK constraint makes the two forms the same rows. (Not for documents: a
 * quarter of a large file's documents are open, and reading each by its key is slower than one pass.)
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
}
