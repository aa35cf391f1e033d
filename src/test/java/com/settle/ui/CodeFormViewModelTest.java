package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.ui.settings.AccountingCodeFormViewModel;
import com.settle.ui.settings.ReasonCodeFormViewModel;
import org.junit.jupiter.api.Test;

/** The reason code and accounting code forms without a window: their rules in the service's words. */
class CodeFormViewModelTest {

    @Test
    void aReasonCodeNeedsACodeANameAndAType() {
        ReasonCodeFormViewModel vm = new ReasonCodeFormViewModel(null);
        assertThat(vm.errorProperty().get()).isEqualTo("Reason code is required");
        vm.codeProperty().set("Goodwill");
        assertThat(vm.errorProperty().get()).isEqualTo("Name is required");
        vm.nameProperty().set("Goodwill credit");
        assertThat(vm.errorProperty().get()).isEqualTo("Transaction types must include at least one");
        var first = vm.types().get(0);
        first.applies().set(true);
        first.isDefault().set(true);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.result().types()).containsExactly(first.type());
        assertThat(vm.result().defaults()).containsExactly(first.type());
        // Untick the type: it is no longer its default either.
        first.applies().set(false);
        assertThat(first.isDefault().get()).isFalse();
    }

    @Test
    void anAccountingCodeNeedsACodeAndAName() {
        AccountingCodeFormViewModel vm = new AccountingCodeFormViewModel(null);
        assertThat(vm.errorProperty().get()).isEqualTo("Accounting code is required");
        vm.codeProperty().set("4100");
        vm.nameProperty().set(" Services ");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.result().name()).isEqualTo("Services");
        assertThat(vm.result().type()).isEqualTo("Revenue");
        assertThat(vm.typeFixed()).isFalse();
    }
}
