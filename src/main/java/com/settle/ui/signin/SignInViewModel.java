package com.settle.ui.signin;

import com.settle.service.Services;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.TaskRunner;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Signing in to a protected company file: a user name and a password, checked in the background (the
 * password's key derivation takes about half a second on purpose). Any refusal shows the one message that
 * does not tell a wrong user from a wrong password, and empties the password.
 */
public final class SignInViewModel {

    private final TaskRunner runner;
    private final BiFunction<String, char[], Services> opener;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param opener signs in and opens the file, blocking; throws with the clerk's message when refused */
    public SignInViewModel(TaskRunner runner, BiFunction<String, char[], Services> opener, String username) {
        this.runner = runner;
        this.opener = opener;
        this.username.set(username == null ? "" : username);
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Checks the user name and password in the background; {@code opened} gets the books when they open. */
    public void signIn(Consumer<Services> opened) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Checking the password…");
        String user = username.get() == null ? "" : username.get().strip();
        char[] secret = password.get() == null ? new char[0] : password.get().toCharArray();
        runner.run("Signing in", () -> opener.apply(user, secret), services -> {
            busy.set(false);
            message.set("");
            password.set("");
            opened.accept(services);
        }, e -> {
            busy.set(false);
            password.set("");
            message.set(BackgroundExecutor.clerkMessage(e));
        });
    }
}
