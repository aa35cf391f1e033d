package com.settle.app;

import com.settle.domain.ServerAddress;
import com.settle.service.Services;
import com.settle.store.Database;
import com.settle.store.ServerChanges;
import com.settle.store.TeamServer;
import java.time.Clock;

/**
 * The window's company on a team server: signing in with the clerk's own PostgreSQL role, listening for the
 * changes other clerks commit, and closing it. No backups at close (they are the server's business). Blocking calls,
 * made from background tasks.
 */
final class ServerSession implements AutoCloseable {

    private final Clock clock;
    private final Runnable changedByOthers;
    private volatile Database database;
    private volatile ServerAddress address;
    private volatile ServerChanges changes;

    /** @param changedByOthers told (on a listener's thread) when other clerks committed changes to the open company */
    ServerSession(Clock clock, Runnable changedByOthers) {
        this.clock = clock;
        this.changedByOthers = changedByOthers;
    }

    /**
     * Signs in and opens the server's company as {@code username}, who must be one of its active users.
     *
     * @throws com.settle.store.DatabaseException or {@link com.settle.service.ServiceException} with the clerk's
     *                                            message; nothing stays open then
     */
    Services open(ServerAddress server, String username, char[] password) {
        Database db = TeamServer.open(server, username, password, false);
        try {
            Services books = new Services(db.dsl(), username, clock);
            close();
            database = db;
            address = server;
            changes = ServerChanges.listen(db, changedByOthers);
            return books;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The server open now, or null. */
    ServerAddress address() {
        return address;
    }

    @Override
    public void close() {
        ServerChanges listening = changes;
        changes = null;
        if (listening != null) {
            listening.close();
        }
        Database db = database;
        database = null;
        address = null;
        if (db != null) {
            db.close();
        }
    }
}
