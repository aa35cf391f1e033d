package com.settle.domain.allocation;

import com.settle.domain.Currencies;
import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * Spreads an amount over open items by an application rule. Works in whole minor units, so the
 * shares always sum to the amount exactly; deterministic for the same input in any order.
 */
public final class Allocator {

    private Allocator() {
    }

    /**
     * @param field   the name of the input the amount came from, for messages
     * @param targets the candidate items; those with a balance of zero or less receive nothing
     * @throws ValidationException when the amount is not positive or exceeds the open balances
     */
    public static Allocation allocate(String field, ApplicationRule rule, Money amount, List<AllocationTarget> targets) {
        Currency currency = amount.currency();
        int scale = Currencies.scale(currency);
        if (!amount.isPositive()) {
            throw new ValidationException(field, "must be greater than zero");
        }
        AllocationTarget[] ordered = targets.toArray(new AllocationTarget[0]);
        Arrays.sort(ordered, AllocationTarget.OLDEST_FIRST);
        int n = ordered.length;
        long[] balance = new long[n];
        long open = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal b = ordered[i].balance();
            if (b.signum() > 0) {
                balance[i] = toMinor(b, scale, ordered[i]);
                open = Math.addExact(open, balance[i]);
            }
        }
        long wanted = amount.minorUnits();
        if (wanted > open) {
            MoneyText text = MoneyText.ofDefaultLocale();
            throw new ValidationException(field, text.display(amount) + " is more than the open balance of the"
                    + " items (" + text.display(Money.ofMinor(open, currency)) + ")");
        }
        long[] share = new long[n];
        boolean[] unit = new boolean[n];
        int[] rank = new int[n];
        if (rule == ApplicationRule.FIFO) {
            fifo(wanted, balance, share);
        } else {
            prorate(wanted, open, balance, share, unit, rank);
        }
        List<AllocationShare> shares = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            shares.add(new AllocationShare(ordered[i], i + 1, BigDecimal.valueOf(share[i], scale), unit[i], rank[i]));
        }
        return new Allocation(rule, amount, Money.ofMinor(open, currency), shares);
    }

    private static long toMinor(BigDecimal value, int scale, AllocationTarget target) {
        try {
            return value.movePointRight(scale).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(target.label() + " has a balance with more decimals than its currency", e);
        }
    }

    private static void fifo(long wanted, long[] balance, long[] share) {
        long left = wanted;
        for (int i = 0; i < balance.length && left > 0; i++) {
            if (balance[i] > 0) {
                share[i] = Math.min(left, balance[i]);
                left -= share[i];
            }
        }
    }

    private static void prorate(long wanted, long open, long[] balance, long[] share, boolean[] unit, int[] rank) {
        int n = balance.length;
        long[] remainder = new long[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            if (balance[i] <= 0) {
                continue;
            }
            long a = wanted;
            long b = balance[i];
            long hi = Math.multiplyHigh(a, b);
            long lo = a * b;
            if (hi == 0 && lo >= 0) {
                share[i] = lo / open;
                remainder[i] = lo % open;
            } else {
                BigInteger[] qr = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
                        .divideAndRemainder(BigInteger.valueOf(open));
                share[i] = qr[0].longValueExact();
                remainder[i] = qr[1].longValueExact();
            }
            given += share[i];
        }
        long leftover = wanted - given;
        if (leftover > 0) {
            Integer[] candidates = new Integer[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (remainder[i] > 0) {
                    candidates[count++] = i;
                }
            }
            Integer[] byRemainder = Arrays.copyOf(candidates, count);
            // Largest remainder first; on a tie the item earlier in age order (lower index) wins.
            Arrays.sort(byRemainder, (x, y) -> remainder[x] != remainder[y]
                    ? Long.compare(remainder[y], remainder[x]) : Integer.compare(x, y));
            for (int k = 0; k < leftover; k++) {
                int i = byRemainder[k];
                share[i] += 1;
                unit[i] = true;
                rank[i] = k + 1;
            }
        }
    }
}
