package com.settle.domain.journal;

import com.settle.domain.model.AccountingType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which accounting code each type posts to on a given day. A change of a default takes effect from a date (the
 * day after the closing date when it was made), so a closed period keeps the codes it was closed with. A
 * payment method may have a deposit account of its own; otherwise cash posts to the Cash default.
 */
public final class CodeBook {

    /** Stands for a side with no code: the type has no default. The Journal screen asks for one. */
    public static final String NONE = "(none)";

    /** One default in force from {@code from}: for a type, or for a payment method's cash (method non-null). */
    public record Default(AccountingType type, String method, String code, LocalDate from, long order) {
    }

    private final Map<String, List<Default>> byKey = new HashMap<>();

    public CodeBook(List<Default> defaults) {
        for (Default d : defaults) {
            byKey.computeIfAbsent(key(d.type(), d.method()), k -> new ArrayList<>()).add(d);
        }
        byKey.values().forEach(l -> l.sort(Comparator.comparing(Default::from).thenComparingLong(Default::order)));
    }

    /** The code of {@code type} on {@code date}: the method's deposit account first, for cash. */
    public String code(AccountingType type, String method, LocalDate date) {
        if (method != null) {
            String own = find(key(type, method), date);
            if (own != null) {
                return own;
            }
        }
        String code = find(key(type, null), date);
        return code == null ? NONE : code;
    }

    private String find(String key, LocalDate date) {
        List<Default> list = byKey.get(key);
        String code = null;
        if (list != null) {
            for (Default d : list) {
                if (d.from().isAfter(date)) {
                    break;
                }
                code = d.code();
            }
        }
        return code;
    }

    private static String key(AccountingType type, String method) {
        return type.name() + "/" + (method == null ? "" : method);
    }
}
