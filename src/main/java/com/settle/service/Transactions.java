package com.settle.service;

import com.settle.domain.ValidationException;
import com.settle.store.Database;
import com.settle.store.DiskFull;
import com.settle.store.Engine;
import com.settle.store.ServerChanges;
import com.settle.store.chain.HistoryChain;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one use case as one database transaction: all of it is stored, or (after any refusal or
 * failure) none of it. Refusals pass through unchanged; a database rule that refuses a change is
 * reported in words, with the details in the log.
 */
public final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private final DSLContext dsl;

    public Transactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One use case that may change the books: its history joins the history chain before it commits. */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        Lock lock = Database.writeLock(dsl);
        lock.lock();
        try {
            return run(dsl, chained(work), false);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The work, then the history chain extended over what it wrote. Write transactions hold the file's
     * write lock (on a server, the server's too), so one ends before the next begins and the chain sees their
     * rows in the order they were written.
     */
    private static <T> Function<DSLContext, T> chained(Function<DSLContext, T> work) {
        return t -> {
            boolean outer = HistoryChain.begin();
            try {
                if (outer) {
                    serverWriteLock(t);
                    HistoryChain.started(t);
                }
                T result = work.apply(t);
                if (outer) {
                    HistoryChain.extend(t);
                }
                return result;
            } finally {
                if (outer) {
                    HistoryChain.end();
                }
            }
        };
    }

    /**
     * On a team server, the write lock is the server's ({@link com.settle.store.TeamServer#WRITE_LOCK}): clerks in
     * other processes write too. Taken before anything is read, with the notification the other clerks' windows get
     * when this transaction commits.
     */
    private static void serverWriteLock(DSLContext t) {
        if (Engine.of(t) == Engine.POSTGRESQL) {
            ServerChanges.lockAndTell(t);
        }
    }

    /**
     * One large transaction (an import of up to millions of rows). H2 opened with WRITE_DELAY=0 writes a chunk
     * of the file per statement, and chunks a transaction still needs cannot be reused before it ends: 100,000
     * payments grew the file by 480 MB. For the length of this transaction the store writes at most twice a
     * second; then the setting returns to 0 and a CHECKPOINT writes the commit before anyone is told it is done.
     */
    public <T> T inBulkTransaction(Function<DSLContext, T> work) {
        if (Engine.of(dsl) != Engine.H2) {
            return inTransaction(work); // A server's write-ahead log has no such limit.
        }
        Lock lock = Database.writeLock(dsl);
        lock.lock();
        dsl.execute("SET WRITE_DELAY 500");
        try {
            return run(dsl, chained(work), false);
        } finally {
            try {
                dsl.execute("SET WRITE_DELAY 0");
                dsl.execute("CHECKPOINT");
            } catch (RuntimeException e) {
                LOG.error("Could not restore immediate writes after a large transaction", e);
            } finally {
                lock.unlock();
            }
        }
    }

    private static <T> T run(DSLContext on, Function<DSLContext, T> work, boolean reading) {
        try {
            return on.transactionResult(cfg -> work.apply(cfg.dsl()));
        } catch (ValidationException | ServiceException e) {
            throw e;
        } catch (RuntimeException e) {
            if (DiskFull.isCause(e)) {
                LOG.error("The disk is full", e);
                Object file = on.configuration().data(Database.FILE_KEY);
                throw DiskFull.exception(file instanceof Path p ? p : Path.of("the company file"), e);
            }
            if (!(e instanceof DataAccessException)) {
                throw e;
            }
            String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            String state = sqlState(e);
            if (state.equals(NO_PRIVILEGE)) {
                LOG.error("The server refused this sign-in a {}", reading ? "read" : "change", e);
                throw new ServiceException("The team server does not let your sign-in " + (reading ? "read" : "change")
                        + " the books. Nothing was " + (reading ? "changed" : "saved") + "; ask whoever runs the"
                        + " server to put your sign-in in your Settle role's group (or the company's clerks role) and"
                        + " run settle server init again (README, Team mode).", e);
            }
            if (state.startsWith(CONNECTION) || state.startsWith(OPERATOR)) {
                LOG.error("The connection to the database broke off during a {}", reading ? "read" : "change", e);
                throw new ServiceException(reading ? "The connection to the team server broke off. Nothing was"
                        + " changed; check the network and try again." : "The connection to the team server broke"
                        + " off, so Settle cannot tell whether the change was saved. Refresh (F5) and look before"
                        + " trying again.", e);
            }
            if (reading) {
                LOG.error("Database refused a read", e);
                throw new ServiceException("The database could not read the books (the log file has the details)."
                        + " Nothing was changed; try again, and if it happens again, run Verify books.", e);
            }
            LOG.error("Database refused a change", e);
            if (state.equals(OUT_OF_RANGE) || detail != null
                    && (detail.contains("Value too long for column") || detail.contains("out of range"))) {
                throw new ServiceException("This action would make a total larger than the largest Settle keeps"
                        + " (15 digits before the decimal point). Nothing was saved; check the amounts.", e);
            }
            if (state.startsWith(INTEGRITY) || detail != null && detail.contains("CONSTRAINT")) {
                throw new ServiceException("The database refused the change because it would break the books"
                        + " (see the log for details). Nothing was saved; reload and try again.", e);
            }
            String guard = guardWords(e);
            if (guard != null) {
                throw new ServiceException("The database refused the change: " + guard + " Nothing was saved.", e);
            }
            throw new ServiceException("The database could not save the change (the log file has the details)."
                    + " Nothing was saved; try again, and if it happens again, run Verify books.", e);
        }
    }

    /**
     * The words of Settle's own guard behind {@code e} (a trigger refusing with SQLSTATE 45000, in a sentence
     * written for people), without the engine's prefix or trailing context; null when no guard refused.
     */
    private static String guardWords(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && GUARD.equals(sql.getSQLState()) && sql.getMessage() != null) {
                String line = sql.getMessage().lines().findFirst().orElse("").replaceFirst("^ERROR: ", "").strip();
                int h2Suffix = line.lastIndexOf("; SQL statement:");
                return h2Suffix > 0 ? line.substring(0, h2Suffix) : line;
            }
        }
        return null;
    }

    /**
     * SQLSTATEs both engines give: a number beyond its column (H2 gives 22001, "Value too long", for a total beyond
     * DECIMAL(19,4); PostgreSQL 22003), a broken rule. PostgreSQL's 22001 is a text too long, not a total.
     */
    private static final String OUT_OF_RANGE = "22003";
    /** A team server's grants refused the signed-in role (a reader's change, say). */
    private static final String NO_PRIVILEGE = "42501";
    private static final String INTEGRITY = "23";
    /** The connection broke off (08), or the server was shut down or ended the session (57P01 to 57P05). */
    private static final String CONNECTION = "08";
    private static final String OPERATOR = "57P";
    /** Settle's own guards (the history guard, the posted-document guard) refuse with this SQLSTATE. */
    private static final String GUARD = "45000";

    /** The SQLSTATE of the database's own exception behind {@code e}; empty when there is none. */
    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    /** Reads without changing anything (still one consistent transaction). */
    public <T> T read(Function<DSLContext, T> work) {
        return run(dsl, work, true);
    }

    /**
     * Runs {@code work} while no write transaction can commit (the file's write lock held): reads made in it,
     * on any number of connections, all see the same books.
     */
    public <T> T whileNoWrites(Supplier<T> work) {
        Lock lock = Database.writeLock(dsl);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
