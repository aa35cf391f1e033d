package com.settle.ui.payments.apply;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.Text;
import com.settle.domain.allocation.Allocation;
import com.settle.domain.allocation.AllocationShare;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.ApplicationService.ItemAmount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the Apply dialog's rows into the command that saves them, and into the Explain text. */
final class SplitReport {

    private SplitReport() {
    }

    /** The confirmation's question: how many documents and items, the total, what stays unapplied. */
    static String confirmation(ApplyRows rows, Money total, Money remaining, MoneyText text) {
        return "Apply " + text.display(total) + " of " + rows.context().payment().summary().number() + " to "
                + spread(rows) + "?\nRemaining unapplied: " + text.display(remaining) + ".";
    }

    /** Where the total goes, in words: "2 documents (3 items)". */
    static String spread(ApplyRows rows) {
        long[] n = rows.counts();
        return Text.count(n[0], "document") + " (" + Text.count(n[1], "item") + ")";
    }

    /**
     * @param auto    the auto-apply allocation when the rows show one untouched, else null
     * @param spreads the documents whose amount the rule spread over their items
     */
    static ApplyCommand command(ApplyRows rows, Allocation auto, Map<ApplyRow, Allocation> spreads, LocalDate date,
                                ApplicationRule rule) {
        Map<String, Integer> versions = new LinkedHashMap<>();
        var payment = rows.context().payment();
        if (auto != null) {
            // The service repeats the same allocation over the same documents; their versions prove they are.
            for (ApplyRow doc : rows.documents()) {
                if (!doc.document().documentDate().isAfter(date)) {
                    versions.put(doc.document().number(), doc.document().version());
                }
            }
            return new ApplyCommand(payment.summary().number(), date, rule, List.of(), auto.amount().amount(), false,
                    payment.version(), versions);
        }
        List<DocumentAmount> lines = new ArrayList<>();
        for (ApplyRow doc : rows.documents()) {
            if (!doc.amountProperty().get().isPositive()) {
                continue;
            }
            versions.put(doc.document().number(), doc.document().version());
            if (spreads.containsKey(doc)) {
                lines.add(new DocumentAmount(doc.document().number(), doc.amountProperty().get().amount(), List.of()));
            } else {
                List<ItemAmount> items = new ArrayList<>();
                for (ApplyRow i : rows.items(doc)) {
                    if (i.amountProperty().get().isPositive()) {
                        items.add(new ItemAmount(i.item().ordinal(), i.amountProperty().get().amount()));
                    }
                }
                lines.add(new DocumentAmount(doc.document().number(), null, items));
            }
        }
        return new ApplyCommand(payment.summary().number(), date, rule, lines, null, false, payment.version(),
                versions);
    }

    /** The Explain table: the rule's summary and one row per item receiving something, in the order taken. */
    static Explanation table(ApplyRows rows, Allocation auto, Map<ApplyRow, Allocation> spreads, ApplicationRule rule,
                             MoneyText text) {
        Map<Long, ApplyRow> items = new HashMap<>();
        rows.documents().forEach(d -> rows.items(d).forEach(i -> items.put(i.item().id(), i)));
        List<Explanation.Row> out = new ArrayList<>();
        if (auto != null) {
            shares(auto, items, text, out);
            return new Explanation(rule.label() + ": " + auto.summary(text), out);
        }
        boolean typed = false;
        for (ApplyRow doc : rows.documents()) {
            if (!doc.amountProperty().get().isPositive()) {
                continue;
            }
            Allocation a = spreads.get(doc);
            if (a != null) {
                shares(a, items, text, out);
                continue;
            }
            typed = true;
            for (ApplyRow i : rows.items(doc)) {
                if (i.amountProperty().get().isPositive()) {
                    out.add(new Explanation.Row(doc.document().number(), itemName(i), i.balance(),
                            i.amountProperty().get(), "Typed by you"));
                }
            }
        }
        String summary = out.isEmpty() ? "Nothing to apply yet: type amounts, or use Auto-apply."
                : spreads.isEmpty() ? "Every amount is as you typed it."
                : (typed ? "Item amounts are as you typed them; a" : "A") + " document amount is spread over its"
                        + " items by " + rule.label() + " (" + (rule == ApplicationRule.FIFO ? "oldest item first"
                        : "in proportion to the items' balances") + ").";
        return new Explanation(summary, out);
    }

    private static void shares(Allocation a, Map<Long, ApplyRow> items, MoneyText text, List<Explanation.Row> out) {
        for (AllocationShare share : a.nonZeroShares()) {
            ApplyRow item = items.get(share.target().itemId());
            out.add(new Explanation.Row(share.target().documentNumber(), item == null ? "#" + share.target().ordinal()
                    : itemName(item), Money.of(share.target().balance(), a.amount().currency()),
                    Money.of(share.amount(), a.amount().currency()), a.why(share, text)));
        }
    }

    private static String itemName(ApplyRow item) {
        return "#" + item.item().ordinal() + " " + item.item().chargeName();
    }
}
