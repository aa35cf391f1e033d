package com.settle.ui.team;

import com.settle.domain.ServerAddress;
import com.settle.domain.ValidationException;
import com.settle.service.Services;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.TaskRunner;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Connecting the window to a company on a team server: the server's address (checked by the same rule as
 * {@code --server}), the clerk's own PostgreSQL user name and password, signed in to in the background. A refusal
 * says what to do and empties the password; nothing of the books open before changes until the server's open.
 */
public final class ConnectViewModel {

    /** Signs in to the server and opens its company, blocking; throws with the clerk's message when refused. */
    @FunctionalInterface
    public interface Connector {
        Services connect(ServerAddress server, String username, char[] password);
    }

    private final TaskRunner runner;
    private final Connector connector;
    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    /** @param lastServer the server and user name last connected to (remembered per user), or null */
    public ConnectViewModel(TaskRunner runner, Connector connector, LastServer.Remembered lastServer) {
        this.runner = runner;
        this.connector = connector;
        if (lastServer != null) {
            server.set(lastServer.server());
            username.set(lastServer.username());
        }
    }

    /**
     * Checks the fields, then signs in in the background; {@code connected} gets the address and the server's books.
     */
    public void connect(BiConsumer<ServerAddress, Services> connected) {
        if (busy.get()) {
            return;
        }
        ServerAddress address;
        String user = username.get() == null ? "" : username.get().strip();
        char[] secret = password.get() == null ? new char[0] : password.get().toCharArray();
        try {
            address = ServerAddress.parse("Server", server.get());
            if (user.isEmpty()) {
                throw new ValidationException("User name", "is required: the PostgreSQL role you sign in as");
            }
            if (secret.length == 0) {
                throw new ValidationException("Password", "is required: your own password on the server");
            }
        } catch (ValidationException e) {
            message.set(e.getMessage());
            return;
        }
        busy.set(true);
        message.set("Connecting to " + address + "…");
        runner.run("Connecting to the team server", () -> connector.connect(address, user, secret), books -> {
            busy.set(false);
            message.set("");
            password.set("");
            connected.accept(address, books);
        }, e -> {
            busy.set(false);
            password.set("");
            message.set(BackgroundExecutor.clerkMessage(e));
        });
    }

    public StringProperty serverProperty() {
        return server;
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
}
