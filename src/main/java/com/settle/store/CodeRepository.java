package com.settle.store;

import static com.settle.store.jooq.Tables.ACCOUNTING_CODE;
import static com.settle.store.jooq.Tables.REASON_CODE;
import static com.settle.store.jooq.Tables.REASON_CODE_TYPE;

import java.util.Optional;
import org.jooq.DSLContext;

/** The managed lists: reason codes (with the transaction types they apply to) and accounting codes. */
public final class CodeRepository {

    public void insertReasonCode(DSLContext tx, String code, String name, String transactionType, boolean isDefault) {
        tx.insertInto(REASON_CODE).set(REASON_CODE.CODE, code).set(REASON_CODE.NAME, name).execute();
        tx.insertInto(REASON_CODE_TYPE)
                .set(REASON_CODE_TYPE.REASON_CODE, code)
                .set(REASON_CODE_TYPE.TRANSACTION_TYPE, transactionType)
                .set(REASON_CODE_TYPE.IS_DEFAULT, isDefault)
                .execute();
    }

    public void insertAccountingCode(DSLContext tx, String code, String name, String category) {
        tx.insertInto(ACCOUNTING_CODE).set(ACCOUNTING_CODE.CODE, code).set(ACCOUNTING_CODE.NAME, name)
                .set(ACCOUNTING_CODE.CATEGORY, category).execute();
    }

    public boolean reasonCodeExists(DSLContext tx, String code) {
        return tx.fetchExists(REASON_CODE, REASON_CODE.CODE.eq(code));
    }

    public boolean accountingCodeExists(DSLContext tx, String code) {
        return tx.fetchExists(ACCOUNTING_CODE, ACCOUNTING_CODE.CODE.eq(code));
    }

    public void deactivateReasonCode(DSLContext tx, String code) {
        tx.update(REASON_CODE).set(REASON_CODE.ACTIVE, false).where(REASON_CODE.CODE.eq(code)).execute();
    }

    public boolean isActiveReasonCode(DSLContext tx, String code, String transactionType) {
        return tx.fetchExists(tx.selectOne().from(REASON_CODE).join(REASON_CODE_TYPE)
                .on(REASON_CODE_TYPE.REASON_CODE.eq(REASON_CODE.CODE))
                .where(REASON_CODE.CODE.eq(code))
                .and(REASON_CODE.ACTIVE.isTrue())
                .and(REASON_CODE_TYPE.TRANSACTION_TYPE.eq(transactionType)));
    }

    public Optional<String> defaultReasonCode(DSLContext tx, String transactionType) {
        return tx.select(REASON_CODE.CODE).from(REASON_CODE).join(REASON_CODE_TYPE)
                .on(REASON_CODE_TYPE.REASON_CODE.eq(REASON_CODE.CODE))
                .where(REASON_CODE_TYPE.TRANSACTION_TYPE.eq(transactionType))
                .and(REASON_CODE_TYPE.IS_DEFAULT.isTrue())
                .and(REASON_CODE.ACTIVE.isTrue())
                .fetchOptional(REASON_CODE.CODE);
    }

    public boolean isActiveAccountingCode(DSLContext tx, String code) {
        return tx.fetchExists(tx.selectOne().from(ACCOUNTING_CODE)
                .where(ACCOUNTING_CODE.CODE.eq(code)).and(ACCOUNTING_CODE.ACTIVE.isTrue()));
    }

    /** Every active accounting code. */
    public java.util.List<String> activeAccountingCodes(DSLContext tx) {
        return tx.select(ACCOUNTING_CODE.CODE).from(ACCOUNTING_CODE).where(ACCOUNTING_CODE.ACTIVE.isTrue())
                .fetch(ACCOUNTING_CODE.CODE);
    }
}
