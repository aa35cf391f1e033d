package com.settle.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.service.ServiceException;
import com.settle.service.Services;
import com.settle.support.InlineRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The Protect form's checks, made before anything is closed or encrypted, and what it shows after. */
class ProtectViewModelTest {

    private final List<String> calls = new ArrayList<>();
    private final AtomicReference<Services> reopened = new AtomicReference<>();

    private ProtectViewModel model(ProtectedFile result) {
        return new ProtectViewModel(new InlineRunner(), password -> {
            calls.add(new String(password));
            if (result == null) {
                throw new ServiceException("Could not protect books.mv.db: disk full. The file was left as it was"
                        + " (not protected).");
            }
            return result;
        }, "maria");
    }

    @Test
    void aShortPasswordADifferentRepetitionAndNoTickAreRefusedBeforeAnythingIsTouched() {
        ProtectViewModel model = model(new ProtectedFile(null, "KEY", List.of()));
        model.passwordProperty().set("short");
        model.againProperty().set("short");
        model.protect(reopened::set);
        assertThat(model.messageProperty().get()).isEqualTo("Password has 5 characters; use at least 10 (a few"
                + " words in a row are easy to remember and hard to guess)");

        model.passwordProperty().set("long enough password");
        model.againProperty().set("long enough passwort");
        model.protect(reopened::set);
        assertThat(model.messageProperty().get()).startsWith("Repeat the password differs");

        model.againProperty().set("long enough password");
        model.protect(reopened::set);
        assertThat(model.messageProperty().get()).startsWith("The box \"I understand\" is not ticked");
        assertThat(calls).isEmpty();
        assertThat(model.doneProperty().get()).isFalse();
    }

    @Test
    void protectingShowsTheRecoveryKeyAndWarnsOfTheBackupsMadeBefore() {
        ProtectViewModel model = model(new ProtectedFile(null, "ABCD-EFGH", List.of(Path.of("/b/backups/x-1.zip"),
                Path.of("/b/backups/x-2.zip"))));
        model.passwordProperty().set("long enough password");
        model.againProperty().set("long enough password");
        model.understoodProperty().set(true);
        model.protect(reopened::set);
        assertThat(calls).containsExactly("long enough password");
        assertThat(model.doneProperty().get()).isTrue();
        assertThat(model.recoveryKeyProperty().get()).isEqualTo("ABCD-EFGH");
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.backupWarningProperty().get()).startsWith("The backups made before protecting (2 backups in "
                + Path.of("/b/backups") + ") are not protected");
        // A second press does nothing: the file is protected once.
        model.protect(reopened::set);
        assertThat(calls).hasSize(1);
    }

    @Test
    void aFailureSaysWhyAndLeavesTheFormToTryAgain() {
        ProtectViewModel model = model(null);
        model.passwordProperty().set("long enough password");
        model.againProperty().set("long enough password");
        model.understoodProperty().set(true);
        model.protect(reopened::set);
        assertThat(model.messageProperty().get()).contains("The file was left as it was (not protected).");
        assertThat(model.doneProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(reopened.get()).isNull();
    }
}
