package com.settle.ui.documents;

import com.settle.domain.model.DocumentSummary;
import com.settle.service.Services;
import com.settle.ui.common.ListViewModel;
import com.settle.ui.common.TaskRunner;
import java.util.function.Supplier;

/** The invoices and debit memos list. */
public final class DocumentsViewModel extends ListViewModel<DocumentSummary> {

    public DocumentsViewModel(TaskRunner runner, Supplier<Services> services) {
        super(runner, "Loading invoices and debit memos", () -> services.get().documents().list(),
                d -> d.type().label() + " " + d.number() + " " + d.accountNumber() + " " + d.accountName() + " "
                        + d.status() + " " + d.balance().currency().getCurrencyCode());
    }
}
