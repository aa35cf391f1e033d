package com.settle.ui.team;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.LoggerFactory;

/** The team server and user name this user last connected the window to, kept in their own preferences. */
public final class LastServer {

    /** A remembered server address and the user name signed in with there (never a password). */
    public record Remembered(String server, String username) {
    }

    /** Where it is kept; null: nowhere (a window that remembers nothing, as in tests). */
    private final Preferences node;

    public LastServer(Preferences node) {
        this.node = node;
    }

    /** A memory that keeps nothing. */
    public static LastServer none() {
        return new LastServer(null);
    }

    /** This operating-system user's memory. */
    public static LastServer ofUser() {
        return new LastServer(Preferences.userNodeForPackage(LastServer.class).node("last-server"));
    }

    /** The last server, or null when the window never connected to one. */
    public Remembered get() {
        if (node == null) {
            return null;
        }
        String server = node.get("server", null);
        return server == null ? null : new Remembered(server, node.get("username", ""));
    }

    public void remember(String server, String username) {
        if (node == null) {
            return;
        }
        node.put("server", server);
        node.put("username", username);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LoggerFactory.getLogger(LastServer.class).warn("Could not keep the last team server", e);
        }
    }
}
