package com.settle.store;

import static com.settle.store.jooq.Tables.APP_USER;
import static com.settle.store.jooq.Tables.CLOSING_DATE_CHANGE;

import com.settle.domain.model.ClosingChange;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The closing date's changes, newest last; the newest is in force. Rows are never edited. */
public final class ClosingDateRepository {

    /** The last day of the closed period, if any. */
    public Optional<LocalDate> closedThrough(DSLContext tx) {
        return tx.select(CLOSING_DATE_CHANGE.THROUGH_DATE).from(CLOSING_DATE_CHANGE)
                .orderBy(CLOSING_DATE_CHANGE.ID.desc()).limit(1)
                .fetchOptional(CLOSING_DATE_CHANGE.THROUGH_DATE);
    }

    public void insert(DSLContext tx, LocalDate through, LocalDate previous, String reason, long userId,
                       OffsetDateTime at) {
        tx.insertInto(CLOSING_DATE_CHANGE).set(CLOSING_DATE_CHANGE.THROUGH_DATE, through)
                .set(CLOSING_DATE_CHANGE.PREVIOUS_DATE, previous).set(CLOSING_DATE_CHANGE.REASON, reason)
                .set(CLOSING_DATE_CHANGE.CHANGED_BY_ID, userId).set(CLOSING_DATE_CHANGE.CHANGED_AT, at).execute();
    }

    /** Every change, newest first. */
    public List<ClosingChange> history(DSLContext tx) {
        return tx.select(CLOSING_DATE_CHANGE.THROUGH_DATE, CLOSING_DATE_CHANGE.PREVIOUS_DATE,
                        CLOSING_DATE_CHANGE.REASON, APP_USER.DISPLAY_NAME, CLOSING_DATE_CHANGE.CHANGED_AT)
                .from(CLOSING_DATE_CHANGE).join(APP_USER).on(APP_USER.ID.eq(CLOSING_DATE_CHANGE.CHANGED_BY_ID))
                .orderBy(CLOSING_DATE_CHANGE.ID.desc())
                .fetch(r -> new ClosingChange(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
