package com.settle.ui.credit;

import com.settle.domain.model.AccountingTransfer;
import com.settle.domain.model.HistoryLine;
import com.settle.domain.model.ReasonCodes;
import com.settle.service.CreditBalanceService.UpdateCommand;
import com.settle.ui.common.FormModel;
import com.settle.ui.common.FormText;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Edit an adjustment: only its reason code and whether it went to accounting may change. */
public final class AdjustmentEditViewModel implements FormModel<UpdateCommand> {

    private final HistoryLine line;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReasonCodes reasonCodes;
    private final ObjectProperty<AccountingTransfer> transferred = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public AdjustmentEditViewModel(HistoryLine line, ReasonCodes reasonCodes) {
        this.reasonCodes = reasonCodes;
        this.line = line;
        reason.set(line.reasonCode() == null ? "" : line.reasonCode());
        transferred.set(line.transferredToAccounting());
    }

    public String header() {
        return "Edit " + line.adjustmentNumber() + " (only the reason code and Transferred to accounting change)";
    }

    @Override
    public UpdateCommand result() {
        return new UpdateCommand(line.adjustmentNumber(), FormText.optional(reason), transferred.get());
    }

    @Override
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The reason codes the form offers. */
    public ReasonCodes reasonCodes() {
        return reasonCodes;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<AccountingTransfer> transferredProperty() {
        return transferred;
    }
}
