package com.settle.ui.security;

import com.settle.domain.Passwords;
import com.settle.domain.ValidationException;
import com.settle.service.Services;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Protecting the open company file from the window: the administrator's new password typed twice and the
 * clerk's acknowledgement that losing both the password and the recovery key loses the books; then,
 * once the file is encrypted and reopened, the recovery key to write down, shown this once.
 */
public final class ProtectViewModel {

    static final String LOSS_WARNING = "If you forget every password and lose the recovery key, nobody can open"
            + " these books again: not you, not your administrator, not Settle's makers. There is no back door.";

    private final TaskRunner runner;
    private final Function<char[], ProtectedFile> protector;
    private final String administrator;
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty again = new SimpleStringProperty("");
    private final BooleanProperty understood = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty recoveryKey = new SimpleStringProperty("");
    private final StringProperty backupWarning = new SimpleStringProperty("");
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final BooleanProperty keyWrittenDown = new SimpleBooleanProperty();

    /**
     * @param protector closes, encrypts and reopens the file, blocking; throws with the clerk's message
     * @param administrator who signs in first (the person at the workstation)
     */
    public ProtectViewModel(TaskRunner runner, Function<char[], ProtectedFile> protector, String administrator) {
        this.runner = runner;
        this.protector = protector;
        this.administrator = administrator;
    }

    /**
     * Checks the form and protects the file in the background; {@code protectedBooks} gets the reopened books.
     * A refused form changes nothing and says which field and why.
     */
    public void protect(Consumer<Services> protectedBooks) {
        if (busy.get() || done.get()) {
            return;
        }
        char[] first = chars(password.get());
        char[] second = chars(again.get());
        try {
            Passwords.check("Password", first);
            if (!Arrays.equals(first, second)) {
                throw new ValidationException("Repeat the password", "differs from the password; type the same"
                        + " password twice");
            }
            if (!understood.get()) {
                throw new ValidationException("The box \"I understand\"", "is not ticked: read the warning"
                        + " above it, then tick it to protect the file");
            }
        } catch (ValidationException e) {
            message.set(e.getMessage());
            return;
        }
        busy.set(true);
        message.set("Encrypting the company file… Settle reopens it when done.");
        runner.run("Protecting the company file", () -> protector.apply(first), result -> {
            busy.set(false);
            password.set("");
            again.set("");
            message.set("");
            recoveryKey.set(result.recoveryKey());
            backupWarning.set(backupWarning(result.plainBackups()));
            done.set(true);
            protectedBooks.accept(result.services());
        }, e -> {
            busy.set(false);
            message.set(BackgroundExecutor.clerkMessage(e));
        });
    }

    static String backupWarning(List<Path> plain) {
        if (plain.isEmpty()) {
            return "";
        }
        return "The backups made before protecting (" + (plain.size() == 1 ? "1 backup" : plain.size() + " backups")
                + " in " + plain.get(0).getParent() + ") are not protected: anyone with a copy can read the books."
                + " Delete them once Back up now has made a protected one, or keep them as safe as the recovery key.";
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    public String administrator() {
        return administrator;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty againProperty() {
        return again;
    }

    public BooleanProperty understoodProperty() {
        return understood;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty recoveryKeyProperty() {
        return recoveryKey;
    }

    public StringProperty backupWarningProperty() {
        return backupWarning;
    }

    /** True once the file is protected: the recovery key is on show. */
    public BooleanProperty doneProperty() {
        return done;
    }

    /** The clerk's tick that the recovery key is written down or printed; closing waits for it. */
    public BooleanProperty keyWrittenDownProperty() {
        return keyWrittenDown;
    }
}
