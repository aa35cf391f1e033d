package com.settle.domain.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which search words are looked for in amounts: those a clerk could have typed as money. */
class SearchWordsTest {

    private static SearchWords.Word word(String typed, Locale locale) {
        return SearchWords.parse(typed, locale).words().get(0);
    }

    @Test
    void onlyWordsWithoutLettersAreLookedForInAmounts() {
        assertThat(word("2507.42", Locale.US).mayBeInAmount()).isTrue();
        assertThat(word("$1,007.50", Locale.US).plainNumber()).isEqualTo("1007.50");
        assertThat(word("$1,007.50", Locale.US).mayBeInAmount()).isTrue();
        assertThat(word("1.791,57", Locale.GERMANY).plainNumber()).isEqualTo("1791.57");
        assertThat(word("1.791,57", Locale.GERMANY).mayBeInAmount()).isTrue();
        assertThat(word("-15", Locale.US).mayBeInAmount()).isTrue();
        assertThat(word("P-00250278", Locale.US).mayBeInAmount()).as("a payment's number").isFalse();
        assertThat(word("A-00002500", Locale.US).mayBeInAmount()).as("an account's number").isFalse();
        assertThat(word("Juniper", Locale.US).mayBeInAmount()).isFalse();
        assertThat(word("usd", Locale.US).mayBeInAmount()).isFalse();
    }
}
