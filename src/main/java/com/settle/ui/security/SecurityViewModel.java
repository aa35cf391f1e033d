package com.settle.ui.security;

import com.settle.domain.ValidationException;
import com.settle.service.UserContext;
import com.settle.service.UserService;
import com.settle.service.VerifyService;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.TaskRunner;
import java.util.Arrays;
import java.util.function.Consumer;
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
    static final String ON_SERVER = "On a team server: each clerk signs in with a PostgreSQL role and password of"
            + " their own, and the server's grants keep saved history unchanged whatever tool connects. A group role"
            + " for a Settle role lets its members write only what that role allows. When someone other than the"
            + " database's owner changes a role here, the owner runs settle server init so that the grants follow."
            + " Passwords are changed on the server (ALTER ROLE … PASSWORD).";

    private final TaskRunner runner;
    private final boolean isProtected;
    private final boolean onServer;
    private final VerifyService verify;
    private final UserService users;
    private final UserContext user;
    private final Consumer<String> notice;
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty chainHead = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty again = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty protectedFile = new SimpleBooleanProperty();
    private final BooleanProperty canProtect = new SimpleBooleanProperty();

    /**
     * @param isProtected whether the open file is protected (encrypted, opened by signing in)
     * @param onServer    whether the books are on a team server (no file to protect)
     */
    public SecurityViewModel(TaskRunner runner, boolean isProtected, boolean onServer, VerifyService verify,
                             UserService users, UserContext user, Consumer<String> notice) {
        this.runner = runner;
        this.isProtected = isProtected;
        this.onServer = onServer;
        this.verify = verify;
        this.users = users;
        this.user = user;
        this.notice = notice;
    }

    /** Reads the protection and the chain head (in the background). */
    public void load() {
        protectedFile.set(isProtected);
        canProtect.set(!isProtected && !onServer);
        status.set(onServer ? ON_SERVER : isProtected ? PROTECTED : UNPROTECTED);
        runner.run("Reading the history chain", verify::chainHead, head -> chainHead.set(
                head.shortForm() + "  (" + head.entries() + " entries; write it down with the date: a copy"
                        + " whose history was rewritten shows another)"), e -> chainHead.set(
                BackgroundExecutor.clerkMessage(e)));
    }

    /** Sets the signed-in user's new password, typed twice; the fields are emptied either way. */
    public void changePassword() {
        char[] first = newPassword.get() == null ? new char[0] : newPassword.get().toCharArray();
        char[] second = again.get() == null ? new char[0] : again.get().toCharArray();
        newPassword.set("");
        again.set("");
        if (!Arrays.equals(first, second)) {
            message.set(new ValidationException("New password", "and its repetition differ; type the same"
                    + " password twice").getMessage());
            return;
        }
        String username = user.username();
        message.set("Saving the new password…");
        runner.run("Changing the password", () -> {
            users.setPassword(username, first);
            return username;
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

    /** Whether the open books can be protected: a plain file, not a protected one nor a team server. */
    public BooleanProperty canProtectProperty() {
        return canProtect;
    }
}
