package com.settle.store;

import com.settle.domain.journal.CodeBook;
import com.settle.domain.journal.JournalRecord;
import com.settle.domain.journal.Movement;
import com.settle.domain.journal.MovementKind;
import com.settle.domain.model.AccountingType;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Reads the journal's movements from the stored history, summed per day in SQL: one statement per kind of
 * record ({@link JournalSource}), never a stored copy. Plain SQL, like the other whole-file aggregates.
 */
public final class JournalQueries {

    /** Which records a journal covers. */
    public sealed interface Scope permits Period, Untransferred, InRun {
    }

    /** Every record dated from {@code from} to {@code to}, both included. */
    public record Period(LocalDate from, LocalDate to) implements Scope {
    }

    /** The records no run has taken yet (nor ignored), dated up to {@code through}: what the next run takes. */
    public record Untransferred(LocalDate through) implements Scope {
    }

    /** The records of one journal run. */
    public record InRun(long runId) implements Scope {
    }

    /** How many statements {@link #addToRun} and {@link #movements} each make: one per kind of record. */
    public static int statements() {
        return JournalSource.ALL.size();
    }

    public List<Movement> movements(DSLContext t, Scope scope) {
        return movements(t, scope, () -> { });
    }

    /** The movements, {@code afterEach} called after each kind of record is read (it may throw to stop). */
    public List<Movement> movements(DSLContext t, Scope scope, Runnable afterEach) {
        List<Movement> out = new ArrayList<>();
        for (JournalSource s : JournalSource.ALL) {
            List<Object> params = new ArrayList<>();
            String sql = "SELECT " + s.date() + ", " + s.currency() + ", " + s.kind() + ", " + s.method() + ", "
                    + s.code() + ", SUM(" + s.amount() + "), " + (s.distinctRecords() ? "COUNT(DISTINCT " + s.id()
                    + ")" : "COUNT(*)") + " FROM " + s.from() + " WHERE " + s.where() + where(s, scope, params)
                    + " GROUP BY " + groupBy(s.date(), s.currency(), s.kind(), s.method(), s.code());
            for (Record r : t.fetch(sql, params.toArray())) {
                out.add(new Movement(r.get(0, LocalDate.class), r.get(1, String.class),
                        MovementKind.valueOf(r.get(2, String.class)), s.reversed(), r.get(3, String.class),
                        r.get(4, String.class), r.get(5, BigDecimal.class), r.get(6, Long.class)));
            }
            afterEach.run();
        }
        return out;
    }

    /** The records dated in the range, of one kind and direction, in one currency: a drill-down's candidates. */
    public List<JournalRecord> records(DSLContext t, Scope scope, String currency, MovementKind kind,
                                       boolean reversed) {
        List<JournalRecord> out = new ArrayList<>();
        for (JournalSource s : JournalSource.ALL) {
            if (s.reversed() != reversed) {
                continue;
            }
            List<Object> params = new ArrayList<>();
            params.add(currency);
            params.add(kind.name());
            String sql = "SELECT q.*, acct.number FROM (SELECT " + s.id() + " AS rid, " + s.number() + " AS num, "
                    + s.date() + " AS d, " + s.method() + " AS m, " + s.code() + " AS code, SUM(" + s.amount()
                    + ") AS amt, " + s.account() + " AS account_id FROM " + s.from() + " WHERE " + s.where()
                    + " AND " + s.currency() + " = ? AND " + s.kind() + " = ?" + where(s, scope, params)
                    + " GROUP BY " + groupBy(s.id(), s.number(), s.date(), s.method(), s.code(), s.account())
                    + ") q JOIN account acct ON acct.id = q.account_id ORDER BY q.d, q.num";
            for (Record r : t.fetch(sql, params.toArray())) {
                // By position: the engines name the columns in different cases (RID on H2, rid on PostgreSQL).
                out.add(new JournalRecord(s.recordKind(), r.get(0, Long.class), r.get(1, String.class),
                        r.get(2, LocalDate.class), r.get(7, String.class), currency, kind, reversed,
                        r.get(3, String.class), r.get(4, String.class), r.get(5, BigDecimal.class)));
            }
        }
        return out;
    }

    /** Puts every untransferred record dated up to {@code through} into the run; returns how many. */
    public int addToRun(DSLContext t, long runId, LocalDate through) {
        return addToRun(t, runId, through, () -> { });
    }

    /** Like {@link #addToRun(DSLContext, long, LocalDate)}, {@code afterEach} called after each kind of record. */
    public int addToRun(DSLContext t, long runId, LocalDate through, Runnable afterEach) {
        int n = 0;
        for (JournalSource s : JournalSource.ALL) {
            List<Object> params = new ArrayList<>();
            params.add(runId);
            String sql = "INSERT INTO journal_run_record (run_id, record_kind, record_id) SELECT ?, '"
                    + s.recordKind() + "', " + s.id() + " FROM " + s.recordsFrom(Engine.of(t))
                    + " WHERE " + s.recordsWhere()
                    + where(s, new Untransferred(through), params);
            n += t.execute(sql, params.toArray());
            afterEach.run();
        }
        return n;
    }

    /** Every default code with the date it takes effect from, in the order they were set. */
    public List<CodeBook.Default> defaults(DSLContext t) {
        return t.fetch("SELECT code_type, method, accounting_code, effective_from, id FROM accounting_default_change"
                + " ORDER BY id").map(r -> new CodeBook.Default(AccountingType.fromCode(r.get(0, String.class)),
                r.get(1, String.class), r.get(2, String.class), r.get(3, LocalDate.class), r.get(4, Long.class)));
    }

    /**
     * The grouping columns, without constants (a literal kind, a NULL method): H2 groups faster on fewer, and
     * PostgreSQL refuses a constant there.
     */
    private static String groupBy(String... expressions) {
        return String.join(", ", Arrays.stream(expressions)
                .filter(e -> !e.equals("NULL") && !e.startsWith("'")).toList());
    }

    private static String where(JournalSource s, Scope scope, List<Object> params) {
        if (scope instanceof Period p) {
            params.add(Date.valueOf(p.from()));
            params.add(Date.valueOf(p.to()));
            return " AND " + s.date() + " BETWEEN ? AND ?";
        }
        if (scope instanceof Untransferred u) {
            params.add(Date.valueOf(u.through()));
            return " AND " + s.date() + " <= ?" + s.untransferred();
        }
        params.add(((InRun) scope).runId());
        return s.inRun();
    }
}
