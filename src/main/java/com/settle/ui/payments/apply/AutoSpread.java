package com.settle.ui.payments.apply;

import com.settle.domain.Money;
import com.settle.domain.ValidationException;
import com.settle.domain.allocation.Allocation;
import com.settle.domain.allocation.AllocationShare;
import com.settle.domain.allocation.AllocationTarget;
import com.settle.domain.allocation.Allocator;
import com.settle.domain.allocation.ApplicationRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What an auto-apply spreads over: the items of the chosen documents dated on or before the effective date,
 * and how much is open on them. The rule's shares come back per item row, as the service will save them.
 */
final class AutoSpread {

    static final String AMOUNT = "Auto-apply amount";

    private final ApplyRows rows;
    private final List<AllocationTarget> targets = new ArrayList<>();
    private final Map<Long, ApplyRow> byId = new HashMap<>();
    private Money open;

    /** @param chosen which documents take part (every one, or only those nobody typed in) */
    AutoSpread(ApplyRows rows, LocalDate date, Currency currency, Predicate<ApplyRow> chosen) {
        this.rows = rows;
        this.open = Money.zero(currency);
        for (ApplyRow doc : rows.documents()) {
            if (chosen.test(doc) && date != null && !doc.document().documentDate().isAfter(date)) {
                targets.addAll(ApplyRows.targets(doc));
                for (ApplyRow i : rows.items(doc)) {
                    byId.put(i.item().id(), i);
                    if (i.balance().isPositive()) {
                        open = open.plus(i.balance());
                    }
                }
            }
        }
    }

    /** The balance open on the chosen documents' items. */
    Money open() {
        return open;
    }

    /** True when there is something to spread {@code wanted} over. */
    boolean takes(Money wanted) {
        return wanted.isPositive() && !targets.isEmpty();
    }

    Allocation allocate(ApplicationRule rule, Money wanted) throws ValidationException {
        return Allocator.allocate(AMOUNT, rule, wanted, targets);
    }

    /** The allocation's non-zero shares by item row, in the allocation's order. */
    Map<ApplyRow, Money> byItem(Allocation allocation, Currency currency) {
        Map<ApplyRow, Money> shares = new LinkedHashMap<>();
        for (AllocationShare s : allocation.nonZeroShares()) {
            shares.put(byId.get(s.target().itemId()), Money.of(s.amount(), currency));
        }
        return shares;
    }

    /** The same shares summed per document. */
    Map<ApplyRow, Money> byDocument(Map<ApplyRow, Money> items) {
        Map<ApplyRow, Money> perDoc = new LinkedHashMap<>();
        items.forEach((item, m) -> perDoc.merge(rows.documentOf(item), m, Money::plus));
        return perDoc;
    }
}
