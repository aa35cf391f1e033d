package com.settle.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells an open window when another clerk (another Settle, in this process or another) committed a change to the
 * company on the team server: PostgreSQL's LISTEN/NOTIFY. Every write transaction on a server takes the write lock
 * and queues a notification in one statement ({@link #lockAndTell}); the server delivers it only at the commit
 * (never for a rollback), marked with the books that wrote, so a listener skips its own changes. The listener waits
 * on a connection of its own, on a daemon thread, and signs in again after the connection is lost.
 */
public final class ServerChanges implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServerChanges.class);
    static final String CHANNEL = "settle_changed";
    /** Key of the open books' own mark in the jOOQ configuration (set by {@link Database} for a server). */
    static final String MARK_KEY = "settle.changeMark";

    private final Database database;
    private final String ownMark;
    private final Runnable changed;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    private ServerChanges(Database database, Runnable changed) {
        this.database = database;
        this.ownMark = mark(database.dsl());
        this.changed = changed;
        this.thread = new Thread(this::listen, "settle-server-changes");
        thread.setDaemon(true);
    }

    /** A new mark for books opened on a server. */
    static String newMark() {
        return UUID.randomUUID().toString();
    }

    private static String mark(DSLContext dsl) {
        Object mark = dsl.configuration().data(MARK_KEY);
        return mark == null ? "" : mark.toString();
    }

    /**
     * Takes the server's write lock ({@link TeamServer#WRITE_LOCK}) and queues this transaction's notification to the
     * other clerks' windows, in one round trip.
     */
    public static void lockAndTell(DSLContext t) {
        t.execute(TeamServer.WRITE_LOCK + ", pg_notify('" + CHANNEL + "', '" + mark(t) + "')");
    }

    /**
     * Starts listening on the server {@code database} is open on: every change others commit after this returns is
     * heard. {@code changed} runs (on the listener's thread) once for each batch of them, and once after the listener
     * signed in again following a lost connection (changes made meanwhile were not heard one by one).
     */
    public static ServerChanges listen(Database database, Runnable changed) {
        ServerChanges c = new ServerChanges(database, changed);
        c.connection = c.connect();
        c.thread.start();
        return c;
    }

    /** A connection of its own, listening; null (and logged) when the server cannot be reached now. */
    private Connection connect() {
        try {
            Connection c = database.newConnection();
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not listen for the server's change notifications; trying again in 5 s", e);
            return null;
        }
    }

    private void listen() {
        while (!closed) {
            Connection c = connection;
            if (c == null) {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException stop) {
                    return;
                }
                c = connect();
                connection = c;
                if (c == null) {
                    continue;
                }
                changed.run();
            }
            try {
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] batch = pg.getNotifications(1_000);
                    if (batch != null && hasOthers(batch)) {
                        changed.run();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.warn("Lost the server's change notifications; listening again in 5 s", e);
                closeQuietly(c);
                connection = null;
            }
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("Closing the change listener's connection", e);
            }
        }
    }

    private boolean hasOthers(PGNotification[] batch) {
        for (PGNotification n : batch) {
            if (!ownMark.equals(n.getParameter())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(connection);
        thread.interrupt();
    }
}
