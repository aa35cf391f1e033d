package com.settle.ui.settings;

import com.settle.domain.model.AccountingCodeRow;
import com.settle.domain.model.ReasonCodeRow;
import com.settle.ui.common.FormHost;
import com.settle.ui.common.ViewLoader;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Opens the add and edit forms of Settings &gt; Reason codes ({@code ReasonCodeFormView}) and Accounting codes
 * ({@code AccountingCodeFormView}) over the window.
 */
public class CodeDialogs {

    /** What the reason code form gives. */
    public record ReasonEdit(String code, String name, List<String> types, List<String> defaults) {
    }

    /** What the accounting code form gives. */
    public record AccountingEdit(String code, String name, String type, boolean isDefault) {
    }

    private final Supplier<Window> owner;
    private final ViewLoader loader;

    public CodeDialogs(Supplier<Window> owner, ViewLoader loader) {
        this.owner = owner;
        this.loader = loader;
    }

    /** The form for a new reason code ({@code row} null) or for changing one. */
    public Optional<ReasonEdit> reasonCode(ReasonCodeRow row) {
        ReasonCodeFormViewModel model = new ReasonCodeFormViewModel(row);
        ViewLoader.View<ReasonCodeFormView> view = loader.load(ReasonCodeFormView.class,
                new ReasonCodeFormView(model));
        return FormHost.showAndWait(owner.get(), view.root(), new FormHost.Words(model.title(), model.header(),
                model.okText()), model, view.controller().first());
    }

    /** The form for a new accounting code ({@code row} null) or for changing one. */
    public Optional<AccountingEdit> accountingCode(AccountingCodeRow row) {
        AccountingCodeFormViewModel model = new AccountingCodeFormViewModel(row);
        ViewLoader.View<AccountingCodeFormView> view = loader.load(AccountingCodeFormView.class,
                new AccountingCodeFormView(model));
        return FormHost.showAndWait(owner.get(), view.root(), new FormHost.Words(model.title(), model.header(),
                model.okText()), model, view.controller().first());
    }
}
