package com.settle.reliability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reference model of the books, written from design.md and the seeds' rules rather than from
 * the services: payments with their four parts, posted invoices with item balances, credit balances
 * with their adjustments. Each use case says whether it must be refused and, if not, what it changes.
 * Plain Java collections; no database.
 */
final class BooksModel {

    /** Two accounts: one in a currency with cents, one without minor units. */
    static final String[] ACCOUNTS = {"A-00000001", "A-00000002"};
    static final int[] SCALES = {2, 0};

    /** A posted invoice or debit memo (items may be negative: credits on the same document). */
    static final class Invoice {
        final String number;
        final int account;
        final boolean debitMemo;
        final BigDecimal[] amounts;
        final BigDecimal[] balances;

        Invoice(String number, int account, boolean debitMemo, BigDecimal[] amounts) {
            this.number = number;
            this.account = account;
            this.debitMemo = debitMemo;
            this.amounts = amounts;
            this.balances = amounts.clone();
        }

        BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal b : balances) {
                sum = sum.add(b);
            }
            return sum;
        }
    }

    static final class Payment {
        final String number;
        final int account;
        final BigDecimal amount;
        BigDecimal applied = BigDecimal.ZERO;
        BigDecimal refunded = BigDecimal.ZERO;
        BigDecimal transferred = BigDecimal.ZERO;
        boolean canceled;
        /** Net amount applied per item, "INV-… #n", in the order first applied. */
        final Map<String, BigDecimal> net = new LinkedHashMap<>();

        Payment(String number, int account, BigDecimal amount) {
            this.number = number;
            this.account = account;
            this.amount = amount;
        }

        BigDecimal unapplied() {
            return amount.subtract(applied).subtract(refunded).subtract(transferred);
        }
    }

    enum AdjustmentKind { MANUAL, FROM_PAYMENT, REFUND, APPLIED_TO_INVOICE, FROM_INVOICE }

    static final class Adjustment {
        final String number;
        final int account;
        final boolean increase;
        final BigDecimal amount;
        final AdjustmentKind kind;
        final Payment payment;
        /** What canceling gives back to each item (signed). */
        final Map<String, BigDecimal> items;
        boolean canceled;

        Adjustment(String number, int account, boolean increase, BigDecimal amount, AdjustmentKind kind,
                   Payment payment, Map<String, BigDecimal> items) {
            this.number = number;
            this.account = account;
            this.increase = increase;
            this.amount = amount;
            this.kind = kind;
            this.payment = payment;
            this.items = items;
        }
    }

    final List<Invoice> invoices = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final List<Adjustment> adjustments = new ArrayList<>();
    final BigDecimal[] credit = {BigDecimal.ZERO, BigDecimal.ZERO};

    static String itemKey(Invoice invoice, int index) {
        return invoice.number + " #" + (index + 1);
    }

    Invoice invoice(String key) {
        String number = key.substring(0, key.indexOf(' '));
        return invoices.stream().filter(i -> i.number.equals(number)).findFirst().orElseThrow();
    }

    static int ordinal(String key) {
        return Integer.parseInt(key.substring(key.indexOf('#') + 1));
    }

    /** Gapless numbers: the next one of a series is the count so far plus one. */
    String nextDocumentNumber(boolean debitMemo) {
        return String.format(debitMemo ? "DM-%08d" : "INV-%08d",
                invoices.stream().filter(i -> i.debitMemo == debitMemo).count() + 1);
    }

    /** The documents in number order, as the database lists them (DM-… before INV-…). */
    List<Invoice> byNumber() {
        return invoices.stream().sorted(Comparator.comparing(i -> i.number)).toList();
    }

    String nextPaymentNumber() {
        return String.format("P-%08d", payments.size() + 1);
    }

    String nextAdjustmentNumber() {
        return String.format("CBA-%08d", adjustments.size() + 1);
    }

    /**
     * The items a payment's FIFO spreads over: positive balances on the account's documents that are open
     * (balance above zero), oldest first; all share one date, so by number, then item order.
     */
    List<String> openItems(int account) {
        List<String> open = new ArrayList<>();
        for (Invoice i : byNumber()) {
            if (i.account == account && i.balance().signum() > 0) {
                for (int n = 0; n < i.balances.length; n++) {
                    if (i.balances[n].signum() > 0) {
                        open.add(itemKey(i, n));
                    }
                }
            }
        }
        return open;
    }

    BigDecimal balanceOf(String key) {
        return invoice(key).balances[ordinal(key) - 1];
    }

    void addToBalance(String key, BigDecimal delta) {
        Invoice i = invoice(key);
        i.balances[ordinal(key) - 1] = i.balances[ordinal(key) - 1].add(delta);
    }

    /**
     * First in, first out over {@code keys}: each takes min(what is left, its balance, what its document
     * still offers); a document offers no more than its balance (a credit line on it lowers that).
     */
    Map<String, BigDecimal> fifo(List<String> keys, BigDecimal amount) {
        Map<String, BigDecimal> split = new LinkedHashMap<>();
        Map<String, BigDecimal> offers = new HashMap<>();
        BigDecimal left = amount;
        for (String key : keys) {
            if (left.signum() == 0) {
                break;
            }
            Invoice doc = invoice(key);
            BigDecimal offer = offers.getOrDefault(doc.number, doc.balance().max(BigDecimal.ZERO));
            BigDecimal take = left.min(balanceOf(key)).min(offer);
            if (take.signum() > 0) {
                split.put(key, take);
                left = left.subtract(take);
                offers.put(doc.number, offer.subtract(take));
            }
        }
        return split;
    }

    /** What FIFO can spread over {@code keys} at most. */
    BigDecimal open(List<String> keys) {
        Map<String, BigDecimal> byDocument = new LinkedHashMap<>();
        for (String key : keys) {
            byDocument.merge(invoice(key).number, balanceOf(key), BigDecimal::add);
        }
        return byDocument.entrySet().stream().map(e -> e.getValue().min(invoice(e.getKey() + " #1").balance()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    void applyPayment(Payment p, Map<String, BigDecimal> split) {
        split.forEach((key, amount) -> {
            addToBalance(key, amount.negate());
            p.net.merge(key, amount, BigDecimal::add);
            p.applied = p.applied.add(amount);
        });
    }

    void unapplyPayment(Payment p, String key, BigDecimal amount) {
        addToBalance(key, amount);
        p.applied = p.applied.subtract(amount);
        BigDecimal left = p.net.get(key).subtract(amount);
        if (left.signum() == 0) {
            p.net.remove(key);
        } else {
            p.net.put(key, left);
        }
    }
}
