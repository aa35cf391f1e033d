package com.settle.domain.listing;

import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list's search text as words, each of which must appear in a row (case-insensitive). A word written as an
 * amount in the clerk's format ("$1,791.57", "1.791,57") is also looked for as the plain number the database
 * holds ("1791.57").
 */
public record SearchWords(List<Word> words) {

    /** One word in lower case, and the plain number it stands for (the word itself when it is no amount). */
    public record Word(String text, String plainNumber) {

        /**
         * Whether the word can be part of an amount (digits, separators, a sign or a currency symbol, no letter):
         * only such a word is looked for in amounts. "P-00250278" is a number of a payment, not of money.
         */
        public boolean mayBeInAmount() {
            return plainNumber.matches("-?[0-9.]+") && text.codePoints().noneMatch(Character::isLetter);
        }
    }

    public SearchWords {
        words = List.copyOf(words);
    }

    public static SearchWords none() {
        return new SearchWords(List.of());
    }

    public static SearchWords parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return none();
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        List<Word> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(new Word(w, plainNumber(w, symbols.getGroupingSeparator(), symbols.getDecimalSeparator())));
            }
        }
        return new SearchWords(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** True when every word appears in {@code rowText} (already in lower case), as typed or as a plain number. */
    public boolean matches(String rowText) {
        for (Word w : words) {
            if (!rowText.contains(w.text()) && !rowText.contains(w.plainNumber())) {
                return false;
            }
        }
        return true;
    }

    /** "$1,791.57" as "1791.57"; a word that is not an amount stays as it is. */
    static String plainNumber(String word, char grouping, char decimal) {
        String digits = word.replace(String.valueOf(grouping), "").replace(decimal, '.')
                .replaceAll("^[^0-9.-]+|[^0-9.]+$", "");
        return digits.matches("-?[0-9]+(\\.[0-9]+)?") ? digits : word;
    }
}
