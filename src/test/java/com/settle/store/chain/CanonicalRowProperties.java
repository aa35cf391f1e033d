package com.settle.store.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The canonical bytes of a row must stay exactly those the history chain of every existing file was written
 * with: the row built as one text (kind, then "|length:value" or "|-" per value, then a new line) and encoded in
 * UTF-8. A byte of difference would make every file's history look rewritten.
 */
class CanonicalRowProperties {

    /** The form the chain was first written with, built the plain way. */
    private static byte[] asWritten(String kind, Object[] values) {
        StringBuilder s = new StringBuilder(kind);
        for (Object o : values) {
            String v = (String) o;
            s.append(v == null ? "|-" : "|" + v.length() + ":" + v);
        }
        return s.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    @Property(tries = 500)
    void theSameBytesAsTheRowWrittenAsOneText(@ForAll("rows") @Size(max = 14) List<String> values) {
        CanonicalRow row = new CanonicalRow();
        row.write("DOCUMENT_ITEM", new Object[] {"warm", null});
        Object[] array = values.toArray();
        assertThat(row.write("PAYMENT", array).bytes()).isEqualTo(asWritten("PAYMENT", array));
    }

    @Test
    void aLongRowAndTextsBeyondAscii() {
        Object[] values = {"x".repeat(1000), "", null, "Café Zürich", "日本語", "\uD83D\uDE00 emoji", "\uD83D lone", "12345678901"};
        assertThat(new CanonicalRow().write("DOCUMENT_POSTED", values).bytes())
                .isEqualTo(asWritten("DOCUMENT_POSTED", values));
    }

    @Property(tries = 1000)
    void aWholeNumberWrittenFromTheNumberIsTheSameAsFromItsText(@ForAll long a, @ForAll("edges") long b) {
        CanonicalRow fromNumbers = new CanonicalRow();
        fromNumbers.begin("DOCUMENT_ITEM").value(a).value(b).value("text").end();
        Object[] texts = {Long.toString(a), Long.toString(b), "text"};
        assertThat(fromNumbers.bytes()).isEqualTo(asWritten("DOCUMENT_ITEM", texts));
    }

    @Provide
    Arbitrary<Long> edges() {
        return Arbitraries.of(0L, 1L, -1L, 9L, 10L, 99L, 100L, 999_999_999L, 1_000_000_000L, Long.MAX_VALUE,
                Long.MIN_VALUE, Long.MIN_VALUE + 1, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE);
    }

    @Provide
    Arbitrary<List<String>> rows() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ascii().ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20),
                Arbitraries.just(null));
        return text.list();
    }
}
