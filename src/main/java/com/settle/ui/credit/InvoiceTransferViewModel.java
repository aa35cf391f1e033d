package com.settle.ui.credit;

import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.ReasonCodes;
import com.settle.domain.policy.PaymentPolicy;
import com.settle.ui.common.FormModel;
import com.settle.ui.common.FormText;
import com.settle.ui.credit.FxCreditDialogs.TransferFromInvoice;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Transfer to credit balance: an invoice's negative balance moves to its account's credit balance (an
 * Increase, source Invoice), dated on or after the invoice (the domain's rule, in the service's words).
 */
public final class InvoiceTransferViewModel implements FormModel<TransferFromInvoice> {

    private final DocumentSummary invoice;
    private final MoneyText text;
    private final ObjectProperty<LocalDate> date;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReasonCodes reasonCodes;
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public InvoiceTransferViewModel(DocumentSummary invoice, MoneyText text, LocalDate today,
                                    ReasonCodes reasonCodes) {
        this.reasonCodes = reasonCodes;
        reason.set(reasonCodes.defaultCode());
        this.invoice = invoice;
        this.text = text;
        this.date = new SimpleObjectProperty<>(today);
        PaymentPolicy payments = new PaymentPolicy(text);
        error.bind(Bindings.createStringBinding(() -> date.get() == null ? "Date is required"
                : payments.notBeforeDocument("Date", date.get(), invoice.number(), invoice.documentDate())
                .map(ValidationException::getMessage).orElse(""), date));
    }

    public String header() {
        return "Move " + text.display(invoice.balance().negate()) + ", the negative balance of " + invoice.number()
                + ", to the credit balance of " + invoice.accountNumber() + " " + invoice.accountName();
    }

    @Override
    public String confirmation() {
        return "Move " + text.display(invoice.balance().negate()) + " from " + invoice.number() + " to the credit"
                + " balance of " + invoice.accountNumber() + " " + invoice.accountName() + "? " + invoice.number()
                + " balance after: " + text.display(invoice.balance().minus(invoice.balance())) + ".";
    }

    @Override
    public TransferFromInvoice result() {
        return new TransferFromInvoice(invoice.number(), date.get(), FormText.optional(reason),
                FormText.optional(comment));
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The reason codes the form offers. */
    public ReasonCodes reasonCodes() {
        return reasonCodes;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty commentProperty() {
        return comment;
    }
}
