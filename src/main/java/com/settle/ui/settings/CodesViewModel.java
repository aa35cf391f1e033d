package com.settle.ui.settings;

import com.settle.domain.model.AccountingCodeRow;
import com.settle.domain.model.Permission;
import com.settle.domain.model.ReasonCodeRow;
import com.settle.service.CodeService;
import com.settle.service.UserContext;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.TaskRunner;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings &gt; Reason codes and Accounting codes: both lists, and every change to them in the
 * background. A refusal (a default deactivated, a code in use deleted) shows as the page's message.
 */
public final class CodesViewModel {

    private record Lists(List<ReasonCodeRow> reasons, List<AccountingCodeRow> accounting) {
    }

    private final TaskRunner runner;
    private final CodeService codes;
    private final UserContext user;
    private final Consumer<String> notice;
    private final ObservableList<ReasonCodeRow> reasons = FXCollections.observableArrayList();
    private final ObservableList<AccountingCodeRow> accounting = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public CodesViewModel(TaskRunner runner, CodeService codes, UserContext user, Consumer<String> notice) {
        this.runner = runner;
        this.codes = codes;
        this.user = user;
        this.notice = notice;
    }

    public void load() {
        runner.run("Loading reason and accounting codes",
                () -> new Lists(codes.reasonCodes(), codes.accountingCodes()), l -> {
                    reasons.setAll(l.reasons());
                    accounting.setAll(l.accounting());
                });
    }

    public void saveReason(CodeDialogs.ReasonEdit e, boolean isNew) {
        change("Saving reason code " + e.code(), () -> {
            codes.saveReasonCode(e.code(), e.name(), e.types(), e.defaults(), isNew);
            return null;
        }, "Reason code " + e.code().trim() + (isNew ? " added" : " saved"));
    }

    public void setReasonActive(ReasonCodeRow r, boolean active) {
        change((active ? "Activating " : "Deactivating ") + r.code(), () -> {
            codes.setReasonCodeActive(r.code(), active);
            return null;
        }, "Reason code " + r.code() + (active ? " is active again" : " deactivated: new records cannot use it"));
    }

    public void deleteReason(ReasonCodeRow r) {
        change("Deleting " + r.code(), () -> {
            codes.deleteReasonCode(r.code());
            return null;
        }, "Reason code " + r.code() + " deleted");
    }

    public void saveAccounting(CodeDialogs.AccountingEdit e, boolean isNew) {
        change("Saving accounting code " + e.code(), () -> {
            codes.saveAccountingCode(e.code(), e.name(), e.type(), e.isDefault(), isNew);
            return null;
        }, "Accounting code " + e.code().trim() + (isNew ? " added" : " saved"));
    }

    public void setAccountingActive(AccountingCodeRow r, boolean active) {
        change((active ? "Activating " : "Deactivating ") + r.code(), () -> {
            codes.setAccountingCodeActive(r.code(), active);
            return null;
        }, "Accounting code " + r.code() + (active ? " is active again" : " deactivated: new records cannot use it"));
    }

    public void deleteAccounting(AccountingCodeRow r) {
        change("Deleting " + r.code(), () -> {
            codes.deleteAccountingCode(r.code());
            return null;
        }, "Accounting code " + r.code() + " deleted");
    }

    private void change(String label, Callable<Void> work, String done) {
        message.set("");
        runner.run(label, work, v -> {
            notice.accept(done);
            load();
        }, e -> message.set(BackgroundExecutor.clerkMessage(e)));
    }

    /** Why the user may not change the lists, or "" when they may. */
    public String whyNot() {
        return user.whyNot(Permission.SETTINGS_EDIT);
    }

    public UserContext user() {
        return user;
    }

    public ObservableList<ReasonCodeRow> reasons() {
        return reasons;
    }

    public ObservableList<AccountingCodeRow> accounting() {
        return accounting;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
