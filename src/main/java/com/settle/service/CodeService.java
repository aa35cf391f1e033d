package com.settle.service;

import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.model.Permission;
import com.settle.store.CodeRepository;

/** The managed lists: reason codes and accounting codes. */
public final class CodeService {

    private final Transactions tx;
    private final CodeRepository codes;
    private final UserContext user;

    CodeService(Transactions tx, CodeRepository codes, UserContext user) {
        this.tx = tx;
        this.codes = codes;
        this.user = user;
    }

    public void addReasonCode(String code, String name, String transactionType, boolean isDefault) {
        user.require(Permission.SETTINGS_EDIT, "manage reason codes");
        String c = Text.required("Reason code", code, 32);
        String n = Text.required("Name", name, 100);
        tx.inTransaction(t -> {
            if (codes.reasonCodeExists(t, c)) {
                throw new ValidationException("Reason code", "'" + c + "' already exists");
            }
            codes.insertReasonCode(t, c, n, transactionType, isDefault);
            return null;
        });
    }

    public boolean reasonCodeExists(String code) {
        return tx.read(t -> codes.reasonCodeExists(t, code));
    }

    public void addAccountingCode(String code, String name, String category) {
        user.require(Permission.SETTINGS_EDIT, "manage accounting codes");
        String c = Text.required("Accounting code", code, 100);
        String n = Text.required("Name", name, 100);
        tx.inTransaction(t -> {
            if (codes.accountingCodeExists(t, c)) {
                throw new ValidationException("Accounting code", "'" + c + "' already exists");
            }
            codes.insertAccountingCode(t, c, n, category);
            return null;
        });
    }
}
