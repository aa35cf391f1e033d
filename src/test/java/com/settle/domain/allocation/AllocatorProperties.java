package com.settle.domain.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.settle.domain.Money;
import com.settle.domain.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The allocation rules' promises, over currencies with 0, 2 and 3 decimals, balances and amounts
 * from one minor unit to 10^12 units, and up to 200,000 items (most cases small, a few huge).
 */
class AllocatorProperties {

    /** A generated case: the currency, the items (some without open balance) and the amount to spread. */
    record Case(Currency currency, List<AllocationTarget> items, Money amount) {
        long open() {
            long sum = 0;
            for (AllocationTarget t : items) {
                if (t.balance().signum() > 0) {
                    sum += Money.of(t.balance(), currency).minorUnits();
                }
            }
            return sum;
        }

        @Override
        public String toString() {
            return amount + " over " + items.size() + " items (open " + Money.ofMinor(open(), currency) + ")";
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Currency> currency = Arbitraries.of("JPY", "USD", "BHD").map(Currency::getInstance);
        Arbitrary<Integer> size = Arbitraries.frequencyOf(
                Tuple.of(900, Arbitraries.integers().between(1, 40)),
                Tuple.of(95, Arbitraries.integers().between(41, 3_000).withoutEdgeCases()),
                // Huge cases are few and never edge cases, or they would dominate the run time.
                Tuple.of(3, Arbitraries.integers().between(3_001, 200_000).withoutEdgeCases()));
        Arbitrary<Long> maxBalance = Arbitraries.of(1L, 100L, 10_000L, 1_000_000_000L, 1_000_000_000_000L);
        Arbitrary<Double> fraction = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(1.0)),
                Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(8, Arbitraries.doubles().between(0, 1)));
        return Combinators.combine(currency, size, maxBalance, Arbitraries.longs(), fraction)
                .as(AllocatorProperties::build);
    }

    private static Case build(Currency currency, int size, long maxBalance, long seed, double fraction) {
        Random random = new Random(seed);
        int scale = currency.getDefaultFractionDigits();
        List<AllocationTarget> items = new ArrayList<>(size);
        LocalDate start = LocalDate.of(2025, 1, 1);
        int doc = 0;
        long open = 0;
        while (items.size() < size) {
            doc++;
            LocalDate date = start.plusDays(random.nextInt(60));
            int lines = 1 + random.nextInt(15);
            for (int l = 1; l <= lines && items.size() < size; l++) {
                long minor = random.nextInt(20) == 0 ? -random.nextInt(3) : 1 + (long) (random.nextDouble() * maxBalance);
                if (minor > 0) {
                    open += minor;
                }
                items.add(new AllocationTarget(items.size() + 1L, "INV-" + doc, date.plusDays(random.nextInt(3)),
                        date, l, BigDecimal.valueOf(minor, scale)));
            }
        }
        if (open == 0) {
            items.set(0, new AllocationTarget(1, items.get(0).documentNumber(), items.get(0).dueDate(),
                    items.get(0).documentDate(), items.get(0).ordinal(), BigDecimal.valueOf(1, scale)));
            open = 1;
        }
        long cap = Math.min(open, 1_000_000_000_000L * (long) Math.pow(10, scale));
        long amount = Math.max(1, Math.min(cap, (long) (fraction * cap)));
        return new Case(currency, items, Money.ofMinor(amount, currency));
    }

    @Property(tries = 10_000)
    void sharesSumExactlyToTheAmountAndStayWithinBalances(@ForAll("cases") Case c, @ForAll ApplicationRule rule) {
        Allocation a = Allocator.allocate("Amount", rule, c.amount(), c.items());
        long sum = 0;
        for (AllocationShare s : a.shares()) {
            long share = Money.of(s.amount(), c.currency()).minorUnits();
            long balance = s.target().balance().signum() > 0 ? Money.of(s.target().balance(), c.currency()).minorUnits() : 0;
            assertThat(share).isBetween(0L, balance);
            sum += share;
        }
        assertThat(sum).isEqualTo(c.amount().minorUnits());
        assertThat(a.shares()).hasSize(c.items().size());
        Statistics.label("items").collect(c.items().size() > 3_000 ? "over 3,000" : "up to 3,000");
        Statistics.label("decimals").collect(c.currency().getDefaultFractionDigits());
    }

    @Property(tries = 10_000)
    @SuppressWarnings("unused")
    void generatorReachesHugeCasesAndEveryCurrency(@ForAll("cases") Case c) {
        Statistics.label("items").collect(c.items().size() > 3_000 ? "over 3,000" : "up to 3,000");
        Statistics.label("decimals").collect(c.currency().getDefaultFractionDigits());
        Statistics.label("items").coverage(cov -> cov.check("over 3,000").count(n -> n >= 5));
        Statistics.label("decimals").coverage(cov -> {
            cov.check(0).count(n -> n > 1_000);
            cov.check(2).count(n -> n > 1_000);
            cov.check(3).count(n -> n > 1_000);
        });
    }

    @Property(tries = 10_000)
    void theSplitDoesNotDependOnTheOrderItemsAreGivenIn(@ForAll("cases") Case c, @ForAll ApplicationRule rule,
                                                        @ForAll long shuffleSeed) {
        List<AllocationTarget> shuffled = new ArrayList<>(c.items());
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        Map<Long, BigDecimal> first = byItem(Allocator.allocate("Amount", rule, c.amount(), c.items()));
        Map<Long, BigDecimal> second = byItem(Allocator.allocate("Amount", rule, c.amount(), shuffled));
        assertThat(second).isEqualTo(first);
    }

    @Property(tries = 10_000)
    void fifoFillsEveryOlderItemBeforeTouchingANewerOne(@ForAll("cases") Case c) {
        Allocation a = Allocator.allocate("Amount", ApplicationRule.FIFO, c.amount(), c.items());
        boolean seenPartialOrEmpty = false;
        for (AllocationShare s : a.shares()) {
            if (s.target().balance().signum() <= 0) {
                continue;
            }
            if (seenPartialOrEmpty) {
                assertThat(s.amount().signum()).as("%s after an item that was not filled", s.target().label()).isZero();
            }
            if (s.amount().compareTo(s.target().balance()) < 0) {
                seenPartialOrEmpty = true;
            }
        }
    }

    @Property(tries = 10_000)
    void prorationIsWithinOneMinorUnitOfTheExactShareAndUnitsGoToLargestRemainders(@ForAll("cases") Case c) {
        Allocation a = Allocator.allocate("Amount", ApplicationRule.PRORATION, c.amount(), c.items());
        BigInteger amount = BigInteger.valueOf(c.amount().minorUnits());
        BigInteger open = BigInteger.valueOf(c.open());
        BigInteger smallestWinner = null;
        BigInteger largestLoser = null;
        for (AllocationShare s : a.shares()) {
            if (s.target().balance().signum() <= 0) {
                assertThat(s.amount().signum()).isZero();
                continue;
            }
            BigInteger balance = BigInteger.valueOf(Money.of(s.target().balance(), c.currency()).minorUnits());
            BigInteger[] qr = amount.multiply(balance).divideAndRemainder(open);
            long share = Money.of(s.amount(), c.currency()).minorUnits();
            long floor = qr[0].longValueExact();
            assertThat(share).isBetween(floor, floor + 1);
            assertThat(s.remainderUnit()).isEqualTo(share == floor + 1);
            if (s.remainderUnit()) {
                assertThat(qr[1].signum()).isPositive();
                smallestWinner = smallestWinner == null ? qr[1] : smallestWinner.min(qr[1]);
            } else if (qr[1].signum() > 0) {
                largestLoser = largestLoser == null ? qr[1] : largestLoser.max(qr[1]);
            }
        }
        if (smallestWinner != null && largestLoser != null) {
            assertThat(smallestWinner).isGreaterThanOrEqualTo(largestLoser);
        }
    }

    @Property(tries = 1_000)
    void refusesAnAmountAboveTheOpenBalance(@ForAll("cases") Case c, @ForAll ApplicationRule rule) {
        Money tooMuch = Money.ofMinor(c.open() + 1, c.currency());
        assertThatThrownBy(() -> Allocator.allocate("Amount", rule, tooMuch, c.items()))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("Amount ");
    }

    private static Map<Long, BigDecimal> byItem(Allocation a) {
        Map<Long, BigDecimal> map = new HashMap<>();
        a.shares().forEach(s -> map.put(s.target().itemId(), s.amount()));
        return map;
    }
}
