package com.settle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts in messages read as a clerk writes them: "1 line", never "1 lines". */
class TextCountTest {

    @Test
    void oneIsSingularEveryOtherCountPlural() {
        assertThat(Text.count(1, "line")).isEqualTo("1 line");
        assertThat(Text.count(0, "line")).isEqualTo("0 lines");
        assertThat(Text.count(2, "application")).isEqualTo("2 applications");
        assertThat(Text.count(1, "entry")).isEqualTo("1 entry");
        assertThat(Text.count(3, "entry")).isEqualTo("3 entries");
        assertThat(Text.count(2, "day")).isEqualTo("2 days");
    }
}
