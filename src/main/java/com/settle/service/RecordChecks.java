package com.settle.service;

import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.PaymentStatus;
import com.settle.service.VerifyService.Difference;
import com.settle.store.AccountTotals;
import com.settle.store.BooksQueries.AccountFigures;
import com.settle.store.BooksQueries.DocumentFigures;
import com.settle.store.BooksQueries.ItemFigures;
import com.settle.store.BooksQueries.KeptSums;
import com.settle.store.BooksQueries.PaymentFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The checks of Verify books on one record at a time (a payment, a document, an item, an account): what its stored
 * figures must agree on, each disagreement a {@link Difference} in the clerk's words.
 */
final class RecordChecks {

    private RecordChecks() {
    }

    /** An item's difference with the keys that put it in document and item order. */
    record ItemDifference(String documentNumber, int ordinal, Difference difference) {
    }

    static void checkPayment(PaymentFigures p, int scale, List<Difference> out) {
        // The record's name is made only for a difference: the passes check millions of records that have none.
        Supplier<String> rec = () -> "payment " + p.number();
        decimals(out, rec, p.amount(), p.currency(), scale);
        BigDecimal parts = p.applied().add(p.unapplied()).add(p.refunded()).add(p.transferred());
        if (p.amount().compareTo(parts) != 0) {
            out.add(new Difference("1 payments", rec.get(), "amount " + plain(p.amount())
                    + " = applied + unapplied + refunded + transferred", plain(parts)));
        }
        same(out, "1 payments", rec, "applied", p.appliedFromLines(), p.applied());
        same(out, "1 payments", rec, "refunded", p.refundedFromLines(), p.refunded());
        same(out, "1 payments", rec, "transferred to credit balance", p.transferredFromLines(), p.transferred());
        for (var part : new BigDecimal[] {p.applied(), p.unapplied(), p.refunded(), p.transferred(),
            p.appliedFromLines()}) {
            if (part.signum() < 0) {
                out.add(new Difference("1 payments", rec.get(), "every part ≥ 0", plain(part)));
            }
        }
        if (!p.currency().equals(p.accountCurrency())) {
            out.add(new Difference("4 money", rec.get(), "currency " + p.accountCurrency() + " of its account",
                    p.currency()));
        }
        if (p.status() == PaymentStatus.CANCELED && p.amount().compareTo(p.unapplied()) != 0) {
            out.add(new Difference("1 payments", rec.get(), "a canceled payment with nothing applied, refunded or"
                    + " transferred", "unapplied " + plain(p.unapplied())));
        }
    }

    static void checkDocument(DocumentFigures d, int scale, List<Difference> out) {
        Supplier<String> rec = () -> "document " + d.number();
        decimals(out, rec, d.amount(), d.currency(), scale);
        decimals(out, rec, d.balance(), d.currency(), scale);
        same(out, "2 documents", rec, "amount (sum of item amounts)", d.itemAmounts(), d.amount());
        same(out, "2 documents", rec, "balance (sum of item balances)", d.itemBalances(), d.balance());
        if (d.items() == 0) {
            out.add(new Difference("2 documents", rec.get(), "at least one item", "none"));
        }
        if (!d.currency().equals(d.accountCurrency())) {
            out.add(new Difference("4 money", rec.get(), "currency " + d.accountCurrency() + " of its account",
                    d.currency()));
        }
    }

    /** An amount stored with more decimals than its currency allows, as "record: amount". */
    private static void decimals(List<Difference> out, Supplier<String> rec, BigDecimal amount, String currency,
                                 int scale) {
        if (moreDecimals(amount, scale)) {
            out.add(new Difference("4 money", rec.get() + ": " + amount.toPlainString(), decimalsRule(scale, currency),
                    "more"));
        }
    }

    static void checkItem(ItemFigures i, int scale, List<ItemDifference> out) {
        if (moreDecimals(i.amount(), scale)) {
            item(out, i, "4 money", name(i) + ": " + i.amount().toPlainString(), decimalsRule(scale, i.currency()),
                    "more");
        }
        if (i.linesTooPrecise()) {
            item(out, i, "4 money", "application lines of " + name(i), decimalsRule(scale, i.currency()), "more");
        }
        String oneRow = "one balance row per item, with the item's amount";
        if (i.balance() == null) {
            item(out, i, "2 documents", name(i) + " has no balance row", oneRow, "a missing or different balance row");
            return;
        }
        if (i.balanceRowAmount().compareTo(i.amount()) != 0) {
            item(out, i, "2 documents", name(i) + " has amount " + plain(i.amount()) + " but its balance row says "
                    + plain(i.balanceRowAmount()), oneRow, "a missing or different balance row");
        }
        if (moreDecimals(i.balance(), scale)) {
            item(out, i, "4 money", name(i) + " balance: " + i.balance().toPlainString(),
                    decimalsRule(scale, i.currency()), "more");
        }
        boolean positive = i.amount().signum() >= 0;
        boolean inRange = positive
                ? i.balance().signum() >= 0 && i.balance().compareTo(i.amount()) <= 0
                : i.balance().signum() <= 0 && i.balance().compareTo(i.amount()) >= 0;
        if (!inRange) {
            item(out, i, "2 documents", name(i), "balance between 0 and amount " + plain(i.amount()),
                    plain(i.balance()));
        }
        BigDecimal settled = i.amount().subtract(i.balance());
        BigDecimal fromLines = i.paymentsNet().add(i.creditNet());
        if (settled.compareTo(fromLines) != 0) {
            item(out, i, "2 documents", name(i), "amount − balance " + plain(settled)
                    + " = payments, credit and write-offs applied, net of reversals", plain(fromLines));
        }
        if (i.documentStatus() == DocumentStatus.DRAFT && settled.signum() != 0) {
            item(out, i, "2 documents", name(i), "nothing applied to a draft", plain(settled));
        }
    }

    /** The item as the clerk names it; made only for a difference. */
    private static String name(ItemFigures i) {
        return "item " + i.documentNumber() + " #" + i.ordinal();
    }

    /** The rule an amount with too many decimals breaks. */
    static String decimalsRule(int scale, String currency) {
        return "at most " + scale + " decimals for " + currency;
    }

    private static void item(List<ItemDifference> out, ItemFigures i, String book, String record, String expected,
                             String found) {
        out.add(new ItemDifference(i.documentNumber(), i.ordinal(), new Difference(book, record, expected, found)));
    }

    /** Whether a stored amount has more decimals than its currency's {@code scale}. */
    private static boolean moreDecimals(BigDecimal value, int scale) {
        return value.scale() > scale && value.stripTrailingZeros().scale() > scale;
    }

    static void checkAccount(AccountFigures a, List<Difference> out) {
        String rec = "account " + a.number();
        same(out, "3 credit balance", rec, "credit balance (Σ processed increases − decreases)", a.fromLedger(),
                a.creditBalance());
        if (a.fromLedger().signum() < 0) {
            out.add(new Difference("3 credit balance", rec, "credit balance ≥ 0", plain(a.fromLedger())));
        }
    }

    /**
     * Each account's sums kept for the lists ({@code kept}, by account id) against the same sums added up from its
     * documents and payments ({@code fromRecords}), in account order.
     */
    static void checkKeptSums(Map<Long, KeptSums> kept, Map<Long, AccountTotals.Sums> fromRecords,
                              List<Difference> out) {
        List<Difference> found = new ArrayList<>();
        kept.forEach((id, k) -> {
            AccountTotals.Sums stored = k.sums();
            AccountTotals.Sums records = fromRecords.getOrDefault(id, AccountTotals.Sums.NONE);
            String rec = "account " + k.number();
            kept(found, "2 documents", rec + " open balance", records.open(), stored.open());
            kept(found, "2 documents", rec + " open invoices", BigDecimal.valueOf(records.invoices()),
                    BigDecimal.valueOf(stored.invoices()));
            kept(found, "2 documents", rec + " open invoices' balance", records.invoiceBalance(),
                    stored.invoiceBalance());
            kept(found, "1 payments", rec + " unapplied amount", records.unapplied(), stored.unapplied());
        });
        found.sort(Comparator.comparing(Difference::record));
        out.addAll(found);
    }

    private static void kept(List<Difference> out, String book, String rec, BigDecimal fromRecords,
                             BigDecimal stored) {
        if (fromRecords.compareTo(stored) != 0) {
            out.add(new Difference(book, rec, "the lists' kept sum " + plain(fromRecords) + " (from its records)",
                    "stored " + plain(stored)));
        }
    }

    static void same(List<Difference> out, String book, String rec, String what, BigDecimal expected,
                             BigDecimal found) {
        same(out, book, () -> rec, what, expected, found);
    }

    /** The same, the record named only when the two differ. */
    static void same(List<Difference> out, String book, Supplier<String> rec, String what, BigDecimal expected,
                     BigDecimal found) {
        if (expected.compareTo(found) != 0) {
            out.add(new Difference(book, rec.get(), what + " " + plain(expected), plain(found)));
        }
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
