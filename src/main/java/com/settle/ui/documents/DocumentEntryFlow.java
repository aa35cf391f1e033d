package com.settle.ui.documents;

import com.settle.domain.MoneyText;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.DocumentDetail;
import com.settle.domain.model.Permission;
import com.settle.service.AccountService;
import com.settle.service.CodeService;
import com.settle.service.DocumentService;
import com.settle.service.DocumentService.NewDocumentCommand;
import com.settle.service.UserContext;
import com.settle.ui.common.FormHost;
import com.settle.ui.common.TaskRunner;
import com.settle.ui.common.ViewLoader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * New invoice and Edit draft from start to end: what the form chooses from is loaded in the background,
 * the form opens, and what it gives is saved in the background; the saved document then opens on its page.
 */
public final class DocumentEntryFlow {

    /** What the entry form chooses from, and the draft it changes (null for a new document). */
    private record Choices(List<AccountSummary> accounts, List<String> codes, DocumentDetail draft) {
    }

    private final TaskRunner runner;
    private final AccountService accounts;
    private final CodeService codes;
    private final DocumentService documents;
    private final UserContext user;
    private final Supplier<Window> owner;
    private final ViewLoader loader;
    private final MoneyText format;
    private final Clock clock;
    private final Consumer<String> notice;
    private final Consumer<String> showDocument;

    public DocumentEntryFlow(TaskRunner runner, AccountService accounts, CodeService codes, DocumentService documents,
                             UserContext user, Supplier<Window> owner, ViewLoader loader, MoneyText format, Clock clock,
                             Consumer<String> notice, Consumer<String> showDocument) {
        this.runner = runner;
        this.accounts = accounts;
        this.codes = codes;
        this.documents = documents;
        this.user = user;
        this.owner = owner;
        this.loader = loader;
        this.format = format;
        this.clock = clock;
        this.notice = notice;
        this.showDocument = showDocument;
    }

    private Choices choices(String draft) {
        return new Choices(accounts.list(), codes.accountingCodes().stream().filter(c -> c.active())
                .map(c -> c.code()).toList(), draft == null ? null : documents.detail(draft));
    }

    /** A new draft (or posted) document, for this account when one is given. */
    public void newDocument(String accountNumber) {
        runner.run("Loading accounts and accounting codes", () -> choices(null), c ->
                form(c.accounts(), accountNumber, c.codes(), user.may(Permission.DOCUMENT_POST), null)
                        .ifPresent(cmd -> runner.run("Saving the " + cmd.type().label().toLowerCase(Locale.ROOT),
                                () -> documents.create(cmd), number -> {
                                    notice.accept(cmd.type().label() + " " + number + (cmd.post() ? " posted"
                                            : " saved as a draft"));
                                    showDocument.accept(number);
                                })));
    }

    /** Changes a draft (and may post it). */
    public void editDraft(String number) {
        runner.run("Loading " + number, () -> choices(number), c ->
                form(c.accounts(), null, c.codes(), user.may(Permission.DOCUMENT_POST), c.draft())
                        .ifPresent(cmd -> runner.run("Saving " + number, () -> {
                            documents.updateDraft(number, cmd);
                            return null;
                        }, v -> {
                            notice.accept(number + (cmd.post() ? " posted" : " saved"));
                            showDocument.accept(number);
                        })));
    }

    /** The entry form (DocumentEntryView) over the window; what it gives, or nothing when it was closed. */
    private Optional<NewDocumentCommand> form(List<AccountSummary> accounts, String preselected, List<String> codes,
                                              boolean mayPost, DocumentDetail draft) {
        DocumentEntryViewModel model = new DocumentEntryViewModel(accounts, preselected, codes, mayPost, draft, format,
                LocalDate.now(clock));
        ViewLoader.View<DocumentEntryView> view = loader.load(DocumentEntryView.class, new DocumentEntryView(model));
        return FormHost.showAndWait(owner.get(), view.root(), new FormHost.Words(model.title(), model.header(),
                "Save"), model, view.controller().first());
    }
}
