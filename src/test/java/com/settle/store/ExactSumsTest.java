package com.settle.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ExactSumsTest {

    @Test
    void sumsEachPositionApartAndExactly() {
        ExactSums s = new ExactSums(3);
        s.add(0, new BigDecimal("0.10"));
        s.add(0, new BigDecimal("0.20"));
        s.add(2, new BigDecimal("-5"));
        assertThat(s.of(0)).isEqualByComparingTo("0.30");
        assertThat(s.of(1)).isEqualByComparingTo("0");
        assertThat(s.of(2)).isEqualByComparingTo("-5");
    }

    @Test
    void sumsBeyondALongStayExact() {
        ExactSums s = new ExactSums(1);
        BigDecimal most = new BigDecimal("999999999999999.9999");
        for (int i = 0; i < 20; i++) {
            s.add(0, most);
        }
        s.add(0, new BigDecimal("0.0001"));
        assertThat(s.of(0)).isEqualByComparingTo(most.multiply(BigDecimal.valueOf(20)).add(new BigDecimal("0.0001")));
    }

    @Test
    void aRunningSumThatOutgrowsALongCarriesOn() {
        ExactSums s = new ExactSums(1);
        BigDecimal big = new BigDecimal("90000000000000.0000");
        for (int i = 0; i < 200; i++) {
            s.add(0, big);
        }
        assertThat(s.of(0)).isEqualByComparingTo(big.multiply(BigDecimal.valueOf(200)));
    }

    @Test
    void amountsWithMoreDecimalsThanTheColumnsAreKeptWhole() {
        ExactSums s = new ExactSums(1);
        s.add(0, new BigDecimal("1.00001"));
        s.add(0, new BigDecimal("2"));
        assertThat(s.of(0)).isEqualByComparingTo("3.00001");
        assertThat(s.decimals(0)).isEqualTo(5);
    }

    @Test
    void knowsTheMostDecimalsAnyAmountNeeded() {
        ExactSums s = new ExactSums(3);
        s.add(0, new BigDecimal("100.0000"));
        s.add(1, new BigDecimal("1.5000"));
        s.add(1, new BigDecimal("2.0000"));
        s.add(2, new BigDecimal("0.0010"));
        s.add(2, new BigDecimal("-0.1000"));
        assertThat(s.decimals(0)).isZero();
        assertThat(s.decimals(1)).isEqualTo(1);
        assertThat(s.decimals(2)).isEqualTo(3);
    }
}
