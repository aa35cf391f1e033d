package com.settle.ui.documents;

import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.DocumentType;
import com.settle.service.Services;
import com.settle.service.UserContext;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.ListViewModel;
import com.settle.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The invoices and debit memos list, and moving an invoice's negative balance to the credit balance. */
public final class DocumentsViewModel extends ListViewModel<DocumentSummary> {

    private final TaskRunner runner;
    private final Supplier<Services> services;

    public DocumentsViewModel(TaskRunner runner, Supplier<Services> services) {
        super(runner, "Loading invoices and debit memos", () -> services.get().documents().list(),
                d -> d.type().label() + " " + d.number() + " " + d.accountNumber() + " " + d.accountName() + " "
                        + d.status() + " " + d.balance().currency().getCurrencyCode());
        this.runner = runner;
        this.services = services;
    }

    /** Why the selected document's negative balance cannot be transferred, or "" when it can. */
    public static String whyNoTransfer(DocumentSummary d) {
        if (d == null) {
            return "Select an invoice with a negative balance.";
        }
        if (d.type() != DocumentType.INVOICE) {
            return d.number() + " is a " + d.type().label().toLowerCase(java.util.Locale.ROOT)
                    + "; only an invoice's negative balance moves to the credit balance.";
        }
        if (!"Posted".equals(d.status())) {
            return d.number() + " is " + d.status().toLowerCase(java.util.Locale.ROOT) + ", not posted.";
        }
        if (d.balance().amount().signum() >= 0) {
            return d.number() + " has no negative balance to transfer.";
        }
        return "";
    }

    /** Moves the invoice's negative balance to the credit balance; {@code done} gets the CBA number. */
    public void transferFromInvoice(String invoice, LocalDate date, String reason, String comment,
                                    Consumer<String> done, Consumer<String> refused) {
        Services s = services.get();
        runner.run("Transferring " + invoice + " to the credit balance",
                () -> s.creditApplications().transferFromInvoice(invoice, date, reason, null, comment), cba -> {
                    done.accept(cba);
                    refresh();
                }, e -> refused.accept(BackgroundExecutor.clerkMessage(e)));
    }

    /** Who works in the window (null before the database is open). */
    public UserContext user() {
        return services.get() == null ? null : services.get().user();
    }
}
