package com.settle.ui.payments.apply;

import com.settle.domain.MoneyText;
import com.settle.domain.allocation.Allocation;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.service.ApplicationService.ApplyCommand;
import com.settle.service.ApplicationService.DocumentAmount;
import com.settle.service.ApplicationService.ItemAmount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the Apply dialog's rows into the command that saves them, and into the Explain text. */
final class SplitReport {

    private SplitReport() {
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

    static List<String> explanation(ApplyRows rows, Allocation auto, Map<ApplyRow, Allocation> spreads,
                                    MoneyText text) {
        List<String> lines = new ArrayList<>();
        if (auto != null) {
            auto.explain(text).stream().filter(l -> !l.matches("\\d+\\. .*: 0(\\.0+)? \\(.*")).forEach(lines::add);
            return lines;
        }
        for (ApplyRow doc : rows.documents()) {
            if (!doc.amountProperty().get().isPositive()) {
                continue;
            }
            Allocation a = spreads.get(doc);
            if (a == null) {
                lines.add(doc.document().number() + ": item amounts as typed, " + text.plain(doc.amountProperty().get()));
            } else {
                lines.add(doc.document().number() + ":");
                a.explain(text).forEach(l -> lines.add("  " + l));
            }
        }
        if (lines.isEmpty()) {
            lines.add("Nothing to apply yet: type amounts, or use Auto-apply.");
        }
        return lines;
    }
}
