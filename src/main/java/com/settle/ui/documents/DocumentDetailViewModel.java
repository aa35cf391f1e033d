package com.settle.ui.documents;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.model.DocumentDetail;
import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.DocumentSummary;
import com.settle.service.CreditApplicationService;
import com.settle.service.DocumentService;
import com.settle.service.UserContext;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.DialogService;
import com.settle.ui.common.Saving;
import com.settle.ui.common.TaskRunner;
import com.settle.ui.credit.FxCreditDialogs.TransferFromInvoice;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * An invoice's or debit memo's page: the document as last loaded, which actions can succeed (and why not),
 * and Post, Cancel and Transfer to credit balance, each confirmed, run in the background and followed by a
 * reload. The page is built for the books open when it is shown, so it holds their services directly.
 */
public final class DocumentDetailViewModel {

    private final TaskRunner runner;
    private final DocumentService documents;
    private final CreditApplicationService credit;
    private final UserContext user;
    private final MoneyText text;
    private final DialogService dialogs;
    private final BiConsumer<DocumentSummary, Saving<TransferFromInvoice>> transferDialog;
    private final Consumer<String> notice;
    private final ReadOnlyObjectWrapper<DocumentDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final Map<DocumentAction, ReadOnlyStringWrapper> whyNot = new EnumMap<>(DocumentAction.class);
    private String number;

    public DocumentDetailViewModel(TaskRunner runner, DocumentService documents, CreditApplicationService credit,
                                   UserContext user, MoneyText text, DialogService dialogs,
                                   BiConsumer<DocumentSummary, Saving<TransferFromInvoice>> transferDialog,
                                   Consumer<String> notice) {
        this.runner = runner;
        this.documents = documents;
        this.credit = credit;
        this.user = user;
        this.text = text;
        this.dialogs = dialogs;
        this.transferDialog = transferDialog;
        this.notice = notice;
        for (DocumentAction a : DocumentAction.values()) {
            whyNot.put(a, new ReadOnlyStringWrapper(a.whyNot(null, user)));
        }
    }

    /** Loads the document in the background; a refusal is shown in the info line. */
    public void load(String documentNumber) {
        this.number = documentNumber;
        title.set(documentNumber);
        runner.run("Loading " + documentNumber, () -> documents.detail(documentNumber), this::loaded,
                e -> info.set(BackgroundExecutor.clerkMessage(e)));
    }

    private void loaded(DocumentDetail d) {
        DocumentSummary doc = d.summary();
        title.set(doc.type().label() + " " + doc.number());
        info.set(doc.itemCount() + (doc.itemCount() == 1 ? " item" : " items")
                + (d.comment() == null ? "" : ". " + d.comment()));
        for (DocumentAction a : DocumentAction.values()) {
            whyNot.get(a).set(a.whyNot(d, user));
        }
        detail.set(d);
    }

    /** What was paid or credited: the amount less the balance of a posted document, else nothing. */
    public static Money settled(DocumentSummary doc) {
        return doc.status() == DocumentStatus.POSTED ? doc.amount().minus(doc.balance()) : Money.zero(doc.amount().currency());
    }

    /** Entered, posted and canceled, with their times in the user's locale. */
    public String statusHistory(DocumentDetail d) {
        DateTimeFormatter at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(text.locale());
        List<String> history = new ArrayList<>();
        history.add("Entered as a draft " + at.format(d.createdAt().toLocalDateTime()));
        if (d.postedAt() != null) {
            history.add("posted " + at.format(d.postedAt().toLocalDateTime()));
        }
        if (d.canceledAt() != null) {
            history.add("canceled " + at.format(d.canceledAt().toLocalDateTime()));
        }
        return "Status history: " + String.join(" · ", history);
    }

    /** Posts the draft, once the clerk has confirmed what posting means. */
    public void post() {
        DocumentDetail d = detail.get();
        if (d == null || !dialogs.ask("Post " + number, "Post " + number + " for " + text.display(d.summary().amount())
                + "?", "Its amounts and items are then fixed; a mistake is corrected by cancelling it (while"
                + " nothing is applied) or with a new document.", "Post")) {
            return;
        }
        String n = number;
        act("Post", "Posting " + n, () -> {
            documents.post(n);
            return n + " posted";
        });
    }

    /** Cancels the document, once the clerk has confirmed. */
    public void cancel() {
        if (detail.get() == null || !dialogs.ask("Cancel " + number, "Cancel " + number + "?", "It stays in the"
                + " books as canceled and leaves every open list and total.", "Cancel " + number)) {
            return;
        }
        String n = number;
        act("Cancel", "Cancelling " + n, () -> {
            documents.cancel(n);
            return n + " canceled";
        });
    }

    /** Moves the invoice's negative balance to the account's credit balance, as the Transfer dialog says. */
    public void transfer() {
        DocumentDetail d = detail.get();
        if (d == null) {
            return;
        }
        DocumentSummary doc = d.summary();
        String n = number;
        transferDialog.accept(doc, (c, saved, refused) -> runner.run("Transferring " + n + " to the credit balance",
                () -> credit.transferFromInvoice(c.invoiceNumber(), c.date(), c.reasonCode(), null, c.comment()),
                cba -> {
                    saved.run();
                    notice.accept(cba + ": " + text.display(doc.balance().negate()) + " of " + n
                            + " moved to the credit balance of " + doc.accountNumber());
                    load(n);
                }, e -> refused.accept(BackgroundExecutor.clerkMessage(e))));
    }

    private void act(String action, String label, Callable<String> work) {
        String n = number;
        runner.run(label, work, done -> {
            notice.accept(done);
            load(n);
        }, e -> dialogs.error(action, action + " was refused; nothing was changed", BackgroundExecutor.clerkMessage(e)));
    }

    /** The document's number, as asked for. */
    public String number() {
        return number;
    }

    public ReadOnlyObjectProperty<DocumentDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** How many items and the comment; or why the document could not load. */
    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    /** Why the action cannot succeed now; empty when it can. */
    public ReadOnlyStringProperty whyNotProperty(DocumentAction action) {
        return whyNot.get(action).getReadOnlyProperty();
    }
}
