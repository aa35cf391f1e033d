package com.settle.ui.documents;

import com.settle.domain.MoneyText;
import com.settle.domain.model.AccountSummary;
import com.settle.domain.model.DocumentDetail;
import com.settle.domain.model.Permission;
import com.settle.service.DocumentService.NewDocumentCommand;
import com.settle.service.Services;
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
        static Choices load(Services s, String draft) {
            return new Choices(s.accounts().list(), s.codes().accountingCodes().stream().filter(c -> c.active())
                    .map(c -> c.code()).toList(), draft == null ? null : s.documents().detail(draft));
        }
    }

    private final TaskRunner runner;
    private final Supplier<Services> services;
    private final Supplier<Window> owner;
    private final ViewLoader loader;
    private final MoneyText format;
    private final Clock clock;
    private final Consumer<String> notice;
    private final Consumer<String> showDocument;

    public DocumentEntryFlow(TaskRunner runner, Supplier<Services> services, Supplier<Window> owner, ViewLoader loader,
                             MoneyText format, Clock clock, Consumer<String> notice, Consumer<String> showDocument) {
        this.runner = runner;
        this.services = services;
        this.owner = owner;
        this.loader = loader;
        this.format = format;
        this.clock = clock;
        this.notice = notice;
        this.showDocument = showDocument;
    }

    /** A new draft (or posted) document, for this account when one is given. */
    public void newDocument(String accountNumber) {
        Services s = services.get();
        if (s == null) {
            return;
        }
        runner.run("Loading accounts and accounting codes", () -> Choices.load(s, null), c ->
                form(c.accounts(), accountNumber, c.codes(), s.user().may(Permission.DOCUMENT_POST), null)
                        .ifPresent(cmd -> runner.run("Saving the " + cmd.type().label().toLowerCase(Locale.ROOT),
                                () -> s.documents().create(cmd), number -> {
                                    notice.accept(cmd.type().label() + " " + number + (cmd.post() ? " posted"
                                            : " saved as a draft"));
                                    showDocument.accept(number);
                                })));
    }

    /** Changes a draft (and may post it). */
    public void editDraft(String number) {
        Services s = services.get();
        if (s == null) {
            return;
        }
        runner.run("Loading " + number, () -> Choices.load(s, number), c ->
                form(c.accounts(), null, c.codes(), s.user().may(Permission.DOCUMENT_POST), c.draft())
                        .ifPresent(cmd -> runner.run("Saving " + number, () -> {
                            s.documents().updateDraft(number, cmd);
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
