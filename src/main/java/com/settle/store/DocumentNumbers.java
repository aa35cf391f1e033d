package com.settle.store;

import com.settle.domain.model.DocumentType;
import java.util.HashMap;
import java.util.Map;

/**
 * The documents' numbers by position ({@link IdPositions}), for Verify books' pass over documents: a number of
 * Settle's own form (INV-00000042, DM-00000042) is held as its type and serial, five bytes instead of a string of
 * about sixty; any other number (imported, typed by hand) is kept as read. At ten years' size that is 3 MB for
 * 600,000 documents instead of 40 MB the pass would hold for its whole length.
 */
final class DocumentNumbers {

    /** No document at the position. */
    private static final byte NONE = 0;
    /** A number kept as read. */
    private static final byte TEXT = -1;
    /** The types, whose ordinal plus one marks a number of that type's own form. */
    private static final DocumentType[] TYPES = DocumentType.values();

    private final byte[] forms;
    private final int[] serials;
    private final Map<Integer, String> texts = new HashMap<>();

    DocumentNumbers(int size) {
        forms = new byte[size];
        serials = new int[size];
    }

    /** Keeps {@code number} (not null) at {@code at}. */
    void put(int at, String number) {
        for (int t = 0; t < TYPES.length; t++) {
            int serial = Numbers.valueOf(TYPES[t].prefix(), number);
            if (serial > 0) {
                forms[at] = (byte) (t + 1);
                serials[at] = serial;
                return;
            }
        }
        forms[at] = TEXT;
        texts.put(at, number);
    }

    /** Whether a document was read at {@code at}. */
    boolean has(int at) {
        return forms[at] != NONE;
    }

    /** The number at {@code at}, as stored; {@code null} where no document was read. */
    String of(int at) {
        byte form = forms[at];
        if (form == NONE) {
            return null;
        }
        if (form == TEXT) {
            return texts.get(at);
        }
        String prefix = TYPES[form - 1].prefix();
        char[] text = new char[prefix.length() + 1 + Numbers.DIGITS];
        prefix.getChars(0, prefix.length(), text, 0);
        text[prefix.length()] = '-';
        int serial = serials[at];
        for (int i = text.length - 1; i > prefix.length(); i--) {
            text[i] = (char) ('0' + serial % 10);
            serial /= 10;
        }
        return new String(text);
    }
}
