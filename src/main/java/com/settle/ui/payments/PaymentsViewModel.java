package com.settle.ui.payments;

import com.settle.domain.model.PaymentSummary;
import com.settle.service.Services;
import com.settle.ui.common.ListViewModel;
import com.settle.ui.common.TaskRunner;
import java.util.function.Supplier;

/** The payments list. */
public final class PaymentsViewModel extends ListViewModel<PaymentSummary> {

    public PaymentsViewModel(TaskRunner runner, Supplier<Services> services) {
        super(runner, "Loading payments", () -> services.get().payments().list(),
                p -> p.number() + " " + p.accountNumber() + " " + p.accountName() + " " + p.method().label() + " "
                        + (p.reference() == null ? "" : p.reference()) + " " + p.status() + " "
                        + p.amount().currency().getCurrencyCode());
    }
}
