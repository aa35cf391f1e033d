package com.settle.domain.journal;

import com.settle.domain.Currencies;
import com.settle.domain.journal.MovementKind.Side;
import com.settle.domain.model.AccountingType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Summarises movements into journal entries: each movement resolves to its debit and credit codes on its day,
 * then movements with the same date (or period), currency, kind, direction and codes add up. An amount that
 * sums below zero (a negative invoice item) posts the same pair the other way.
 */
public final class Journal {

    /** A summary entry per day, or one per period dated on its last day. */
    public enum Grouping { DAY, PERIOD }

    private Journal() {
    }

    public static List<JournalEntry> summarise(List<Movement> movements, CodeBook codes, Grouping grouping,
                                               LocalDate periodEnd) {
        record Key(LocalDate date, String currency, MovementKind kind, boolean reversed, String debit,
                   String credit) {
        }
        Map<Key, BigDecimal> amounts = new LinkedHashMap<>();
        Map<Key, Long> records = new LinkedHashMap<>();
        for (Movement m : movements) {
            String[] pair = pair(m, codes);
            Key k = new Key(grouping == Grouping.DAY ? m.date() : periodEnd, m.currency(), m.kind(), m.reversed(),
                    pair[0], pair[1]);
            amounts.merge(k, m.amount(), BigDecimal::add);
            records.merge(k, m.records(), Long::sum);
        }
        List<JournalEntry> entries = new ArrayList<>();
        amounts.forEach((k, sum) -> {
            BigDecimal amount = scaled(sum, k.currency());
            if (amount.signum() > 0) {
                entries.add(new JournalEntry(k.date(), k.currency(), k.kind(), k.reversed(), k.debit(), k.credit(),
                        amount, records.get(k)));
            } else if (amount.signum() < 0) {
                entries.add(new JournalEntry(k.date(), k.currency(), k.kind(), k.reversed(), k.credit(), k.debit(),
                        amount.negate(), records.get(k)));
            }
        });
        entries.sort(ORDER);
        return entries;
    }

    /** The amount at its currency's decimals (stored amounts carry four), as the ledger reads it. */
    static BigDecimal scaled(BigDecimal amount, String currency) {
        int scale = Currencies.scale(Currency.getInstance(currency));
        return amount.stripTrailingZeros().scale() <= scale ? amount.setScale(scale, RoundingMode.UNNECESSARY)
                : amount;
    }

    /** The order every listing and export uses, so the same books give the same bytes. */
    public static final Comparator<JournalEntry> ORDER = Comparator.comparing(JournalEntry::date)
            .thenComparing(JournalEntry::currency).thenComparing(JournalEntry::kind)
            .thenComparing(JournalEntry::reversed).thenComparing(JournalEntry::debit)
            .thenComparing(JournalEntry::credit);

    /** The debit and credit codes a movement posts to (the kind's pair, swapped for a reversal). */
    public static String[] pair(Movement m, CodeBook codes) {
        MovementKind k = m.kind();
        String debit = side(k, Side.DEBIT, m, codes);
        String credit = side(k, Side.CREDIT, m, codes);
        return m.reversed() ? new String[] {credit, debit} : new String[] {debit, credit};
    }

    private static String side(MovementKind k, Side side, Movement m, CodeBook codes) {
        if (k.ownCode() == side && m.code() != null) {
            return m.code();
        }
        var type = side == Side.DEBIT ? k.debit() : k.credit();
        return codes.code(type, type == AccountingType.CASH ? m.method() : null, m.date());
    }
}
