package com.settle.domain.model;

import com.settle.domain.ValidationException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum stored by a code of its own (a status's word, a history type's name): the one place that finds a
 * constant by its code, or by what a clerk typed.
 */
public interface Coded {

    /** As stored, shown and exported. */
    String code();

    /** The constant stored as {@code code}; a code no constant has is a damaged file or a programming error. */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " " + code);
    }

    /**
     * What a clerk typed (a command-line option, a CSV cell), in any case; refused in words naming
     * {@code field} and the choices.
     */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, String text) {
        for (E e : type.getEnumConstants()) {
            if (text != null && e.code().equalsIgnoreCase(text.trim())) {
                return e;
            }
        }
        throw new ValidationException(field, "'" + text + "' is not one of " + Arrays.stream(type
                .getEnumConstants()).map(Coded::code).collect(Collectors.joining(", ")));
    }
}
