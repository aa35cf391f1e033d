package com.settle.domain.allocation;

import com.settle.domain.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact split of an amount over items by a rule: what will be saved, and its explanation.
 * The shares sum to the amount exactly and no share exceeds its item's balance.
 */
public record Allocation(ApplicationRule rule, Money amount, List<AllocationShare> shares) {

    public Allocation {
        shares = List.copyOf(shares);
    }

    /** Only the items that receive something, in the order the rule took them. */
    public List<AllocationShare> nonZeroShares() {
        List<AllocationShare> result = new ArrayList<>();
        for (AllocationShare share : shares) {
            if (share.amount().signum() > 0) {
                result.add(share);
            }
        }
        return result;
    }

    /** One line per item in the order taken, then a summary: the "Explain" view's text. */
    public List<String> explain() {
        List<String> lines = new ArrayList<>();
        lines.add(rule == ApplicationRule.FIFO
                ? "FIFO: " + amount + " spread oldest first (due date, document date, number, item order)."
                : "Proration: " + amount + " spread in proportion to the open balances; each share is rounded down"
                        + " to the minor unit and the leftover units go to the largest remainders, ties to the oldest.");
        for (AllocationShare share : shares) {
            lines.add(share.position() + ". " + share.target().label() + ": " + share.amount().toPlainString()
                    + " (" + share.reason() + ")");
        }
        long units = shares.stream().filter(AllocationShare::remainderUnit).count();
        if (rule == ApplicationRule.PRORATION) {
            lines.add(units + (units == 1 ? " item" : " items") + " received a leftover minor unit.");
        }
        return lines;
    }
}
