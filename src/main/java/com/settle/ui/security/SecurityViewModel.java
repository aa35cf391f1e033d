package com.settle.ui.security;

import com.settle.domain.ValidationException;
import com.settle.service.Services;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.TaskRunner;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings &gt; Security: whether the file is protected, the history chain's head (to write down or compare
 * with a backup's), and changing one's own password on a protected file.
 */
public final class SecurityViewModel {

    static final String UNPROTECTED = "Unprotected: anyone with this file can open it, and Settle works as you"
            + " with every permission. Protect it to encrypt it, open it only by signing in, and give each"
            + " person a user and a password of their own.";
    static final String PROTECTED = "Protected: the file is encrypted and opens only after signing in. Keep the"
            + " recovery key you were shown away from this computer: with every password forgotten, it is the"
            + " only way in.";

    private final TaskRunner runner;
    private final Supplier<Services> services;
    private final Consumer<String> notice;
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty chainHead = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty again = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty protectedFile = new SimpleBooleanProperty();

    public SecurityViewModel(TaskRunner runner, Supplier<Services> services, Consumer<String> notice) {
        this.runner = runner;
        this.services = services;
        this.notice = notice;
    }

    /** Reads the protection and the chain head (in the background). */
    public void load() {
        Services s = services.get();
        if (s == null) {
            return;
        }
        protectedFile.set(s.isProtected());
        status.set(s.isProtected() ? PROTECTED : UNPROTECTED);
        runner.run("Reading the history chain", () -> s.verify().chainHead(), head -> chainHead.set(
                head.shortForm() + "  (" + head.entries() + " entries; write it down with the date: a copy"
                        + " whose history was rewritten shows another)"), e -> chainHead.set(
                BackgroundExecutor.clerkMessage(e)));
    }

    /** Sets the signed-in user's new password, typed twice; the fields are emptied either way. */
    public void changePassword() {
        Services s = services.get();
        if (s == null) {
            return;
        }
        char[] first = newPassword.get() == null ? new char[0] : newPassword.get().toCharArray();
        char[] second = again.get() == null ? new char[0] : again.get().toCharArray();
        newPassword.set("");
        again.set("");
        if (!Arrays.equals(first, second)) {
            message.set(new ValidationException("New password", "and its repetition differ; type the same"
                    + " password twice").getMessage());
            return;
        }
        String user = s.user().username();
        message.set("Saving the new password…");
        runner.run("Changing the password", () -> {
            s.users().setPassword(user, first);
            return user;
        }, who -> {
            message.set("New password saved: sign in with it from now on.");
            notice.accept("Changed the password of " + who);
        }, e -> message.set(BackgroundExecutor.clerkMessage(e)));
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty chainHeadProperty() {
        return chainHead;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty againProperty() {
        return again;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty protectedFileProperty() {
        return protectedFile;
    }
}
