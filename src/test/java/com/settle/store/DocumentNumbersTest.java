package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Verify books holds documents' numbers as type and serial where it can: each comes back exactly as stored. */
class DocumentNumbersTest {

    @Test
    void eachNumberComesBackAsStored() {
        String[] stored = {"INV-00000001", "DM-00000042", "INV-99999999", "INV-00000000", "INV-0000001",
            "INV-000000001", "inv-00000001", "INV-0000000A", "DM_00000001", "X-00000001", "Acme 2019/44", "",
            "INV-00001234 ", "DM-1234567８"};
        DocumentNumbers numbers = new DocumentNumbers(stored.length + 2);
        for (int at = 0; at < stored.length; at++) {
            numbers.put(at + 1, stored[at]);
        }
        for (int at = 0; at < stored.length; at++) {
            assertThat(numbers.has(at + 1)).isTrue();
            assertThat(numbers.of(at + 1)).isEqualTo(stored[at]);
        }
    }

    @Test
    void aPositionWithoutADocumentHasNoNumber() {
        DocumentNumbers numbers = new DocumentNumbers(3);
        numbers.put(1, "INV-00000007");
        assertThat(numbers.has(0)).isFalse();
        assertThat(numbers.of(0)).isNull();
        assertThat(numbers.has(2)).isFalse();
        assertThat(numbers.of(1)).isEqualTo("INV-00000007");
    }
}
