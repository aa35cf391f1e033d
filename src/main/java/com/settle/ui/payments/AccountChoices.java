package com.settle.ui.payments;

import com.settle.domain.model.AccountSummary;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/** The account chooser of the payment forms: searchable by number, name or currency. */
final class AccountChoices {

    private AccountChoices() {
    }

    static void install(SearchableComboBox<AccountSummary> box, List<AccountSummary> accounts,
                        ObjectProperty<AccountSummary> value) {
        box.getItems().setAll(accounts);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(AccountSummary a) {
                return NewPaymentViewModel.label(a);
            }

            @Override
            public AccountSummary fromString(String s) {
                return accounts.stream().filter(a -> NewPaymentViewModel.label(a).equals(s)).findFirst().orElse(null);
            }
        });
        box.valueProperty().bindBidirectional(value);
    }
}
