package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.domain.model.RoleRow;
import com.settle.domain.model.UserRow;
import com.settle.ui.settings.RoleFormViewModel;
import com.settle.ui.settings.UserFormViewModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Settings forms for users and roles without a window: their rules in the service's words. */
class UserFormViewModelTest {

    static final List<RoleRow> ROLES = List.of(new RoleRow("Administrator", "Administrator", List.of()),
            new RoleRow("Clerk", "Clerk", List.of()));

    @Test
    void aNewUserStartsAsAClerkAndNeedsAnAllowedName() {
        UserFormViewModel vm = new UserFormViewModel(null, ROLES);
        assertThat(vm.errorProperty().get()).isEqualTo("Username is required");
        vm.usernameProperty().set(" bad/name");
        assertThat(vm.errorProperty().get()).isEqualTo("Username 'bad/name' is not allowed: use 1 to 32 letters,"
                + " digits, spaces, '.', '_', '@' or '-'");
        vm.usernameProperty().set("ann");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.result().roles()).containsExactly("Clerk");
        vm.roles().get(1).ticked().set(false);
        assertThat(vm.errorProperty().get()).isEqualTo("Roles: tick at least one");
    }

    @Test
    void editingKeepsTheNameAndOffersTheRolesAndStatus() {
        UserRow ann = new UserRow("ann", "Ann Lee", true, List.of("Administrator"));
        UserFormViewModel vm = new UserFormViewModel(ann, ROLES);
        assertThat(vm.isNew()).isFalse();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.roles()).extracting(r -> r.ticked().get()).containsExactly(true, false);
        vm.activeProperty().set(false);
        assertThat(vm.result().active()).isFalse();
        assertThat(vm.header()).isEqualTo("Roles and status of Ann Lee (ann)");
    }

    @Test
    void aRoleCodeFollowsTheServicesRule() {
        RoleFormViewModel vm = new RoleFormViewModel();
        assertThat(vm.errorProperty().get()).isEqualTo("Role '' is not a role code: use a letter followed by up to 31"
                + " letters, digits, '_' or '-'");
        vm.codeProperty().set("Refunds");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.result().code()).isEqualTo("Refunds");
    }
}
