package com.settle.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import static com.settle.store.jooq.Tables.ACCOUNTING_DEFAULT_CHANGE;
import static com.settle.store.jooq.Tables.ACCOUNTING_CODE;
import static com.settle.store.jooq.Tables.CREDIT_BALANCE_ADJUSTMENT;
import static com.settle.store.jooq.Tables.DOCUMENT_ITEM;
import static com.settle.store.jooq.Tables.REASON_CODE;
import static com.settle.store.jooq.Tables.REASON_CODE_TYPE;
import static com.settle.store.jooq.Tables.REFUND;
import static com.settle.store.jooq.Tables.UNAPPLICATION;
import static com.settle.store.jooq.Tables.WRITE_OFF;

import com.settle.domain.model.AccountingCodeRow;
import com.settle.domain.model.AccountingType;
import com.settle.domain.model.PaymentMethod;
import com.settle.domain.model.ReasonCodeRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    public void insertReasonCode(DSLContext tx, String code, String name) {
        tx.insertInto(REASON_CODE).set(REASON_CODE.CODE, code).set(REASON_CODE.NAME, name).execute();
    }

    public void renameReasonCode(DSLContext tx, String code, String name) {
        tx.update(REASON_CODE).set(REASON_CODE.NAME, name).where(REASON_CODE.CODE.eq(code)).execute();
    }

    /** Replaces the types a reason code applies to; the defaults among them are set by {@link #makeDefault}. */
    public void setReasonCodeTypes(DSLContext tx, String code, Collection<String> types) {
        tx.deleteFrom(REASON_CODE_TYPE).where(REASON_CODE_TYPE.REASON_CODE.eq(code))
                .and(REASON_CODE_TYPE.TRANSACTION_TYPE.notIn(types)).execute();
        for (String type : types) {
            tx.mergeInto(REASON_CODE_TYPE).using(tx.selectOne())
                    .on(REASON_CODE_TYPE.REASON_CODE.eq(code)).and(REASON_CODE_TYPE.TRANSACTION_TYPE.eq(type))
                    .whenNotMatchedThenInsert(REASON_CODE_TYPE.REASON_CODE, REASON_CODE_TYPE.TRANSACTION_TYPE)
                    .values(code, type).execute();
        }
    }

    /** Makes the code the one default for the type (the previous default stops being it). */
    public void makeDefault(DSLContext tx, String code, String transactionType) {
        tx.update(REASON_CODE_TYPE).set(REASON_CODE_TYPE.IS_DEFAULT, false)
                .where(REASON_CODE_TYPE.TRANSACTION_TYPE.eq(transactionType))
                .and(REASON_CODE_TYPE.REASON_CODE.ne(code)).and(REASON_CODE_TYPE.IS_DEFAULT.isTrue()).execute();
        tx.update(REASON_CODE_TYPE).set(REASON_CODE_TYPE.IS_DEFAULT, true)
                .where(REASON_CODE_TYPE.TRANSACTION_TYPE.eq(transactionType))
                .and(REASON_CODE_TYPE.REASON_CODE.eq(code)).execute();
    }

    /** Clears the code's default flag for every type not listed. */
    public void keepDefaults(DSLContext tx, String code, Collection<String> defaults) {
        tx.update(REASON_CODE_TYPE).set(REASON_CODE_TYPE.IS_DEFAULT, false)
                .where(REASON_CODE_TYPE.REASON_CODE.eq(code))
                .and(REASON_CODE_TYPE.TRANSACTION_TYPE.notIn(defaults)).execute();
    }

    public void setReasonCodeActive(DSLContext tx, String code, boolean active) {
        tx.update(REASON_CODE).set(REASON_CODE.ACTIVE, active).where(REASON_CODE.CODE.eq(code)).execute();
    }

    public void deleteReasonCode(DSLContext tx, String code) {
        tx.deleteFrom(REASON_CODE_TYPE).where(REASON_CODE_TYPE.REASON_CODE.eq(code)).execute();
        tx.deleteFrom(REASON_CODE).where(REASON_CODE.CODE.eq(code)).execute();
    }

    /** Whether any record (adjustment, refund, unapplication) names the reason code. */
    public boolean reasonCodeInUse(DSLContext tx, String code) {
        return tx.fetchExists(CREDIT_BALANCE_ADJUSTMENT, CREDIT_BALANCE_ADJUSTMENT.REASON_CODE.eq(code))
                || tx.fetchExists(REFUND, REFUND.REASON_CODE.eq(code))
                || tx.fetchExists(UNAPPLICATION, UNAPPLICATION.REASON_CODE.eq(code));
    }

    /** Every reason code, by code. */
    public List<ReasonCodeRow> reasonCodes(DSLContext tx) {
        Map<String, List<String>> types = new LinkedHashMap<>();
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        tx.select(REASON_CODE_TYPE.REASON_CODE, REASON_CODE_TYPE.TRANSACTION_TYPE, REASON_CODE_TYPE.IS_DEFAULT)
                .from(REASON_CODE_TYPE).orderBy(REASON_CODE_TYPE.TRANSACTION_TYPE).forEach(r -> {
                    types.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2());
                    if (Boolean.TRUE.equals(r.value3())) {
                        defaults.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2());
                    }
                });
        List<String> used = tx.selectDistinct(CREDIT_BALANCE_ADJUSTMENT.REASON_CODE).from(CREDIT_BALANCE_ADJUSTMENT)
                .union(tx.selectDistinct(REFUND.REASON_CODE).from(REFUND).where(REFUND.REASON_CODE.isNotNull()))
                .union(tx.selectDistinct(UNAPPLICATION.REASON_CODE).from(UNAPPLICATION)
                        .where(UNAPPLICATION.REASON_CODE.isNotNull()))
                .fetch(0, String.class);
        return tx.selectFrom(REASON_CODE).orderBy(REASON_CODE.CODE).fetch(r -> new ReasonCodeRow(r.getCode(),
                r.getName(), r.getActive(), List.copyOf(types.getOrDefault(r.getCode(), List.of())),
                List.copyOf(defaults.getOrDefault(r.getCode(), List.of())), used.contains(r.getCode())));
    }

    public void insertAccountingCode(DSLContext tx, String code, String name, String category) {
        tx.insertInto(ACCOUNTING_CODE).set(ACCOUNTING_CODE.CODE, code).set(ACCOUNTING_CODE.NAME, name)
                .set(ACCOUNTING_CODE.CATEGORY, category).execute();
    }

    public void updateAccountingCode(DSLContext tx, String code, String name, String category) {
        tx.update(ACCOUNTING_CODE).set(ACCOUNTING_CODE.NAME, name).set(ACCOUNTING_CODE.CATEGORY, category)
                .where(ACCOUNTING_CODE.CODE.eq(code)).execute();
    }

    /** Makes the code its type's one default, or stops it being the default. */
    public void setAccountingDefault(DSLContext tx, String code, boolean isDefault) {
        if (isDefault) {
            tx.update(ACCOUNTING_CODE).set(ACCOUNTING_CODE.IS_DEFAULT, false)
                    .where(ACCOUNTING_CODE.IS_DEFAULT.isTrue()).and(ACCOUNTING_CODE.CODE.ne(code))
                    .and(ACCOUNTING_CODE.CATEGORY.eq(tx.select(ACCOUNTING_CODE.CATEGORY).from(ACCOUNTING_CODE)
                            .where(ACCOUNTING_CODE.CODE.eq(code)))).execute();
        }
        tx.update(ACCOUNTING_CODE).set(ACCOUNTING_CODE.IS_DEFAULT, isDefault)
                .where(ACCOUNTING_CODE.CODE.eq(code)).execute();
    }

    /** The effective date of the defaults a company starts with: every record posts to them. */
    public static final LocalDate FROM_THE_START = LocalDate.of(1900, 1, 1);

    /**
     * Records the type's default as it now is, effective from {@code from}, when it differs from the one last
     * recorded (the journal resolves codes by date from these rows).
     */
    public void recordDefault(DSLContext tx, String type, LocalDate from, long userId, OffsetDateTime at) {
        String now = tx.select(ACCOUNTING_CODE.CODE).from(ACCOUNTING_CODE).where(ACCOUNTING_CODE.CATEGORY.eq(type))
                .and(ACCOUNTING_CODE.IS_DEFAULT.isTrue()).fetchOptional(ACCOUNTING_CODE.CODE).orElse(null);
        var last = tx.select(ACCOUNTING_DEFAULT_CHANGE.ACCOUNTING_CODE).from(ACCOUNTING_DEFAULT_CHANGE)
                .where(ACCOUNTING_DEFAULT_CHANGE.CODE_TYPE.eq(type)).and(ACCOUNTING_DEFAULT_CHANGE.METHOD.isNull())
                .orderBy(ACCOUNTING_DEFAULT_CHANGE.ID.desc()).limit(1).fetchOptional();
        if (last.isPresent() && Objects.equals(last.get().value1(), now) || last.isEmpty() && now == null) {
            return;
        }
        tx.insertInto(ACCOUNTING_DEFAULT_CHANGE).set(ACCOUNTING_DEFAULT_CHANGE.CODE_TYPE, type)
                .set(ACCOUNTING_DEFAULT_CHANGE.ACCOUNTING_CODE, now)
                .set(ACCOUNTING_DEFAULT_CHANGE.EFFECTIVE_FROM, from)
                .set(ACCOUNTING_DEFAULT_CHANGE.CHANGED_BY_ID, userId)
                .set(ACCOUNTING_DEFAULT_CHANGE.CHANGED_AT, at).execute();
    }

    /** A payment method's deposit account (null: the Cash default) from {@code from}, when it differs from now. */
    public void recordDeposit(DSLContext tx, String method, String code, LocalDate from, long userId,
                              OffsetDateTime at) {
        if (Objects.equals(depositAccounts(tx).get(PaymentMethod.parse(method)), code)) {
            return;
        }
        tx.insertInto(ACCOUNTING_DEFAULT_CHANGE).set(ACCOUNTING_DEFAULT_CHANGE.CODE_TYPE, AccountingType.CASH.code())
                .set(ACCOUNTING_DEFAULT_CHANGE.METHOD, method)
                .set(ACCOUNTING_DEFAULT_CHANGE.ACCOUNTING_CODE, code)
                .set(ACCOUNTING_DEFAULT_CHANGE.EFFECTIVE_FROM, from)
                .set(ACCOUNTING_DEFAULT_CHANGE.CHANGED_BY_ID, userId)
                .set(ACCOUNTING_DEFAULT_CHANGE.CHANGED_AT, at).execute();
    }

    /** The payment methods whose newest deposit row names an account of their own, with it. */
    public Map<PaymentMethod, String> depositAccounts(DSLContext tx) {
        Map<PaymentMethod, String> newest = new EnumMap<>(PaymentMethod.class);
        tx.select(ACCOUNTING_DEFAULT_CHANGE.METHOD, ACCOUNTING_DEFAULT_CHANGE.ACCOUNTING_CODE)
                .from(ACCOUNTING_DEFAULT_CHANGE).where(ACCOUNTING_DEFAULT_CHANGE.METHOD.isNotNull())
                .and(ACCOUNTING_DEFAULT_CHANGE.CODE_TYPE.eq(AccountingType.CASH.code()))
                .orderBy(ACCOUNTING_DEFAULT_CHANGE.ID)
                .forEach(r -> {
                    PaymentMethod m = PaymentMethod.parse(r.value1());
                    if (r.value2() == null) {
                        newest.remove(m);
                    } else {
                        newest.put(m, r.value2());
                    }
                });
        return newest;
    }

    public void setAccountingCodeActive(DSLContext tx, String code, boolean active) {
        tx.update(ACCOUNTING_CODE).set(ACCOUNTING_CODE.ACTIVE, active).where(ACCOUNTING_CODE.CODE.eq(code)).execute();
    }

    public void deleteAccountingCode(DSLContext tx, String code) {
        tx.deleteFrom(ACCOUNTING_CODE).where(ACCOUNTING_CODE.CODE.eq(code)).execute();
    }

    /** Every accounting code, by code. */
    public List<AccountingCodeRow> accountingCodes(DSLContext tx) {
        List<String> used = tx.selectDistinct(DOCUMENT_ITEM.ACCOUNTING_CODE).from(DOCUMENT_ITEM)
                .where(DOCUMENT_ITEM.ACCOUNTING_CODE.isNotNull())
                .union(tx.selectDistinct(CREDIT_BALANCE_ADJUSTMENT.ACCOUNTING_CODE).from(CREDIT_BALANCE_ADJUSTMENT)
                        .where(CREDIT_BALANCE_ADJUSTMENT.ACCOUNTING_CODE.isNotNull()))
                .union(tx.selectDistinct(WRITE_OFF.ACCOUNTING_CODE).from(WRITE_OFF)
                        .where(WRITE_OFF.ACCOUNTING_CODE.isNotNull()))
                .union(tx.selectDistinct(ACCOUNTING_DEFAULT_CHANGE.ACCOUNTING_CODE).from(ACCOUNTING_DEFAULT_CHANGE)
                        .where(ACCOUNTING_DEFAULT_CHANGE.ACCOUNTING_CODE.isNotNull()))
                .fetch(0, String.class);
        return tx.selectFrom(ACCOUNTING_CODE).orderBy(ACCOUNTING_CODE.CODE).fetch(r -> new AccountingCodeRow(
                r.getCode(), r.getName(), r.getCategory(), r.getIsDefault(), r.getActive(),
                used.contains(r.getCode())));
    }

    public boolean reasonCodeExists(DSLContext tx, String code) {
        return tx.fetchExists(REASON_CODE, REASON_CODE.CODE.eq(code));
    }

    public boolean accountingCodeExists(DSLContext tx, String code) {
        return tx.fetchExists(ACCOUNTING_CODE, ACCOUNTING_CODE.CODE.eq(code));
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

    /** The active default accounting code of a type, if one is set. */
    public Optional<String> defaultAccountingCode(DSLContext tx, String type) {
        return tx.select(ACCOUNTING_CODE.CODE).from(ACCOUNTING_CODE)
                .where(ACCOUNTING_CODE.CATEGORY.eq(type)).and(ACCOUNTING_CODE.IS_DEFAULT.isTrue())
                .and(ACCOUNTING_CODE.ACTIVE.isTrue()).fetchOptional(ACCOUNTING_CODE.CODE);
    }

    public boolean isActiveAccountingCode(DSLContext tx, String code) {
        return tx.fetchExists(tx.selectOne().from(ACCOUNTING_CODE)
                .where(ACCOUNTING_CODE.CODE.eq(code)).and(ACCOUNTING_CODE.ACTIVE.isTrue()));
    }

    /** Every active accounting code. */
    public List<String> activeAccountingCodes(DSLContext tx) {
        return tx.select(ACCOUNTING_CODE.CODE).from(ACCOUNTING_CODE).where(ACCOUNTING_CODE.ACTIVE.isTrue())
                .fetch(ACCOUNTING_CODE.CODE);
    }
}
