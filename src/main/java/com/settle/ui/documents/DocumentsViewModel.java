package com.settle.ui.documents;

import com.settle.domain.listing.DocumentListQuery;
import com.settle.domain.listing.ListSort;
import com.settle.domain.listing.SearchWords;
import com.settle.domain.model.DocumentStanding;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.policy.DocumentPolicy;
import com.settle.service.CreditApplicationService;
import com.settle.service.DocumentService;
import com.settle.service.UserContext;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.PagedListViewModel;
import com.settle.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The invoices and debit memos list with its filters (account, status, open only, document date range),
 * and moving an invoice's negative balance to the credit balance.
 */
public final class DocumentsViewModel extends PagedListViewModel<DocumentSummary, DocumentListQuery> {

    /** The status filter's choice for every standing (draft, open, partly paid, paid, canceled). */
    public static final String ALL = "All statuses";

    private final StringProperty account = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty(ALL);
    private final BooleanProperty openOnly = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();

    private final TaskRunner runner;
    private final CreditApplicationService credits;
    private final UserContext user;

    public DocumentsViewModel(TaskRunner runner, DocumentService documents, CreditApplicationService credits,
                              UserContext user) {
        super(runner, "Loading invoices and debit memos", Locale.getDefault(Locale.Category.FORMAT), documents,
                DocumentListQuery.all());
        this.runner = runner;
        this.credits = credits;
        this.user = user;
        for (Observable o : List.of(account, status, openOnly, from, to)) {
            o.addListener(x -> refresh());
        }
    }

    @Override
    protected DocumentListQuery query(SearchWords search, ListSort sort) {
        String st = status.get();
        DocumentStanding standing = st == null || ALL.equals(st) ? null : Arrays.stream(DocumentStanding.values())
                .filter(s -> s.label().equals(st)).findFirst().orElse(null);
        return new DocumentListQuery(search, account.get(), standing, openOnly.get(), from.get(), to.get(), sort);
    }





    /** An account number (A-…), or empty for all accounts. */
    public StringProperty accountProperty() {
        return account;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Only posted documents with a balance other than zero. */
    public BooleanProperty openOnlyProperty() {
        return openOnly;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Why the selected document's negative balance cannot be transferred, or "" when it can. */
    public static String whyNoTransfer(DocumentSummary d) {
        if (d == null) {
            return "Select an invoice with a negative balance.";
        }
        return DocumentPolicy.whyNotTransfer(d.number(), d.type(), d.status(), d.balance().amount()).orElse("");
    }

    /** Moves the invoice's negative balance to the credit balance; {@code done} gets the CBA number. */
    public void transferFromInvoice(String invoice, LocalDate date, String reason, String comment,
                                    Consumer<String> done, Consumer<String> refused) {
        runner.run("Transferring " + invoice + " to the credit balance",
                () -> credits.transferFromInvoice(invoice, date, reason, null, comment), cba -> {
                    done.accept(cba);
                    refresh();
                }, e -> refused.accept(BackgroundExecutor.clerkMessage(e)));
    }

    /** Who works in the window. */
    public UserContext user() {
        return user;
    }
}
