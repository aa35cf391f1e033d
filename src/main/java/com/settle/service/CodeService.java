package com.settle.service;

import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.model.AccountingCodeRow;
import com.settle.domain.model.Permission;
import com.settle.domain.model.ReasonCodeRow;
import com.settle.domain.model.ReasonCodes;
import com.settle.domain.policy.CodePolicy;
import com.settle.store.ClosingDateRepository;
import com.settle.store.CodeRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The managed lists: reason codes and accounting codes. Each transaction type has at most one default
 * reason code and each accounting code type at most one default (the database holds that too); a default
 * must be active. A code that any record uses is never deleted, only deactivated, so history keeps it.
 */
public final class CodeService {

    private final Transactions tx;
    private final CodeRepository codes;
    private final ClosingDateRepository closing;
    private final UserContext user;
    private final Clock clock;

    CodeService(Transactions tx, CodeRepository codes, ClosingDateRepository closing, UserContext user, Clock clock) {
        this.tx = tx;
        this.codes = codes;
        this.closing = closing;
        this.user = user;
        this.clock = clock;
    }

    /** Adds a reason code for one transaction type; as its default, it replaces the previous default. */
    public void addReasonCode(String code, String name, String transactionType, boolean isDefault) {
        saveReasonCode(code, name, List.of(transactionType), isDefault ? List.of(transactionType) : List.of(), true);
    }

    /**
     * Adds ({@code isNew}) or changes a reason code: its name, the transaction types it applies to, and the
     * types it is the default for (each replacing that type's previous default).
     */
    public void saveReasonCode(String code, String name, Collection<String> types, Collection<String> defaults,
                               boolean isNew) {
        user.require(Permission.SETTINGS_EDIT, "manage reason codes");
        CodePolicy.reasonCode(code, name, types);
        String c = Text.required("Reason code", code, 32);
        String n = Text.required("Name", name, 100);
        Set<String> t = new LinkedHashSet<>(types);
        Set<String> d = new LinkedHashSet<>(defaults == null ? List.of() : defaults);
        for (String type : t) {
            if (!ReasonCodeRow.TRANSACTION_TYPES.contains(type)) {
                throw new ValidationException("Transaction types", "'" + type + "' is not one of "
                        + String.join(", ", ReasonCodeRow.TRANSACTION_TYPES));
            }
        }
        if (!t.containsAll(d)) {
            throw new ValidationException("Default for", "a code can only be the default for a type it applies to");
        }
        tx.inTransaction(x -> {
            boolean exists = codes.reasonCodeExists(x, c);
            if (isNew && exists) {
                throw new ValidationException("Reason code", "'" + c + "' already exists");
            }
            if (!isNew && !exists) {
                throw new ValidationException("Reason code", "'" + c + "' does not exist");
            }
            ReasonCodeRow before = isNew ? null : reasonCode(x, c);
            if (before != null && !before.active() && !d.isEmpty()) {
                throw new ServiceException(c + " is inactive; activate it before making it a default.");
            }
            if (before != null) {
                for (String was : before.defaultFor()) {
                    if (!d.contains(was)) {
                        throw new ServiceException(c + " is the default reason code for " + was
                                + ". Make another code the default for " + was + " instead.");
                    }
                }
            }
            if (isNew) {
                codes.insertReasonCode(x, c, n);
            } else {
                codes.renameReasonCode(x, c, n);
            }
            codes.keepDefaults(x, c, d);
            codes.setReasonCodeTypes(x, c, t);
            for (String type : d) {
                codes.makeDefault(x, c, type);
            }
            return null;
        });
    }

    /**
     * Activates or deactivates a reason code. A default cannot be deactivated (the records that use the
     * default would have none); make another code the default first.
     */
    public void setReasonCodeActive(String code, boolean active) {
        user.require(Permission.SETTINGS_EDIT, "manage reason codes");
        tx.inTransaction(x -> {
            ReasonCodeRow row = reasonCode(x, code);
            if (!active && !row.defaultFor().isEmpty()) {
                throw new ServiceException(row.code() + " is the default reason code for "
                        + String.join(", ", row.defaultFor()) + ". Make another code the default first.");
            }
            codes.setReasonCodeActive(x, row.code(), active);
            return null;
        });
    }

    /** Deletes a reason code nothing uses and that is no default; one in use can only be deactivated. */
    public void deleteReasonCode(String code) {
        user.require(Permission.SETTINGS_EDIT, "manage reason codes");
        tx.inTransaction(x -> {
            ReasonCodeRow row = reasonCode(x, code);
            if (codes.reasonCodeInUse(x, row.code())) {
                throw new ServiceException(row.code() + " is used by recorded transactions and cannot be deleted;"
                        + " deactivate it instead.");
            }
            if (!row.defaultFor().isEmpty()) {
                throw new ServiceException(row.code() + " is the default reason code for "
                        + String.join(", ", row.defaultFor()) + ". Make another code the default first.");
            }
            codes.deleteReasonCode(x, row.code());
            return null;
        });
    }

    public List<ReasonCodeRow> reasonCodes() {
        return tx.read(codes::reasonCodes);
    }

    /** What a reason chooser offers for one transaction type: its active codes and its default. */
    public ReasonCodes reasonCodes(String transactionType) {
        return ReasonCodes.of(transactionType, reasonCodes());
    }

    public boolean reasonCodeExists(String code) {
        return tx.read(t -> codes.reasonCodeExists(t, code));
    }

    private ReasonCodeRow reasonCode(DSLContext x, String code) {
        String c = Text.required("Reason code", code, 32);
        return codes.reasonCodes(x).stream().filter(r -> r.code().equals(c)).findFirst()
                .orElseThrow(() -> new ValidationException("Reason code", "'" + c + "' does not exist"));
    }

    public void addAccountingCode(String code, String name, String category) {
        saveAccountingCode(code, name, category, false, true);
    }

    /** Adds ({@code isNew}) or changes an accounting code; as its type's default it replaces the previous one. */
    public void saveAccountingCode(String code, String name, String type, boolean isDefault, boolean isNew) {
        user.require(Permission.SETTINGS_EDIT, "manage accounting codes");
        CodePolicy.accountingCode(code, name);
        String c = Text.required("Accounting code", code, 100);
        String n = Text.required("Name", name, 100);
        if (type == null || !AccountingCodeRow.TYPES.contains(type)) {
            throw new ValidationException("Type", (type == null || type.isBlank() ? "is required"
                    : "'" + type + "' is not one of " + String.join(", ", AccountingCodeRow.TYPES)));
        }
        tx.inTransaction(x -> {
            boolean exists = codes.accountingCodeExists(x, c);
            if (isNew && exists) {
                throw new ValidationException("Accounting code", "'" + c + "' already exists");
            }
            AccountingCodeRow before = isNew ? null : accountingCode(x, c);
            if (before != null && before.inUse() && !before.type().equals(type)) {
                throw new ServiceException(c + " is used by recorded transactions; its type stays "
                        + before.type() + ". Add a new code for " + type + " instead.");
            }
            if (before != null && !before.active() && isDefault) {
                throw new ServiceException(c + " is inactive; activate it before making it the default.");
            }
            if (isNew) {
                codes.insertAccountingCode(x, c, n, type);
            } else {
                codes.updateAccountingCode(x, c, n, type);
            }
            codes.setAccountingDefault(x, c, isDefault);
            // The journal posts to the new default from the day after the closing date: closed periods keep theirs.
            LocalDate from = closing.closedThrough(x).map(d -> d.plusDays(1)).orElse(CodeRepository.FROM_THE_START);
            for (String t : before == null ? List.of(type) : List.of(before.type(), type)) {
                codes.recordDefault(x, t, from, user.userId(), OffsetDateTime.now(clock));
            }
            return null;
        });
    }

    /** Activates or deactivates an accounting code; the default of its type cannot be deactivated. */
    public void setAccountingCodeActive(String code, boolean active) {
        user.require(Permission.SETTINGS_EDIT, "manage accounting codes");
        tx.inTransaction(x -> {
            AccountingCodeRow row = accountingCode(x, code);
            if (!active && row.isDefault()) {
                throw new ServiceException(row.code() + " is the default " + row.type()
                        + " accounting code. Make another code the default, or clear its default, first.");
            }
            codes.setAccountingCodeActive(x, row.code(), active);
            return null;
        });
    }

    /** Deletes an accounting code nothing uses; one in use can only be deactivated. */
    public void deleteAccountingCode(String code) {
        user.require(Permission.SETTINGS_EDIT, "manage accounting codes");
        tx.inTransaction(x -> {
            AccountingCodeRow row = accountingCode(x, code);
            if (row.inUse()) {
                throw new ServiceException(row.code() + " is used by recorded transactions and cannot be deleted;"
                        + " deactivate it instead.");
            }
            codes.deleteAccountingCode(x, row.code());
            return null;
        });
    }

    public List<AccountingCodeRow> accountingCodes() {
        return tx.read(codes::accountingCodes);
    }

    private AccountingCodeRow accountingCode(DSLContext x, String code) {
        String c = Text.required("Accounting code", code, 100);
        return codes.accountingCodes(x).stream().filter(r -> r.code().equals(c)).findFirst()
                .orElseThrow(() -> new ValidationException("Accounting code", "'" + c + "' does not exist"));
    }
}
