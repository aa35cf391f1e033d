package com.settle.domain.allocation;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact split of an amount over items by a rule: what will be saved, and its explanation.
 * The shares sum to the amount exactly and no share exceeds its item's balance.
 *
 * @param rule   the rule that made the split
 * @param amount what was spread
 * @param open   the sum of the items' positive balances
 * @param shares one per item, in the order the rule took them
 */
public record Allocation(ApplicationRule rule, Money amount, Money open, List<AllocationShare> shares) {

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

    /** How many items received a leftover minor unit (Proration). */
    public long leftoverUnits() {
        return shares.stream().filter(AllocationShare::remainderUnit).count();
    }

    /**
     * One line per item in the order taken, then a summary: the "Explain" view's text, with amounts as
     * {@code text} shows them.
     */
    public List<String> explain(MoneyText text) {
        List<String> lines = new ArrayList<>();
        lines.add(rule == ApplicationRule.FIFO
                ? "FIFO: " + text.display(amount) + " spread oldest first (due date, document date, number, item"
                        + " order)."
                : "Proration: " + text.display(amount) + " spread in proportion to the open balances ("
                        + text.display(open) + "); each share is"
                        + " rounded down to the minor unit and the leftover units go to the largest remainders,"
                        + " ties to the oldest.");
        for (AllocationShare share : shares) {
            lines.add(share.position() + ". " + share.target().label() + ": " + share.amount().toPlainString()
                    + " (" + reason(share) + ")");
        }
        if (rule == ApplicationRule.PRORATION) {
            long units = leftoverUnits();
            lines.add(units + (units == 1 ? " item" : " items") + " received a leftover minor unit.");
        }
        return lines;
    }

    /** The rule's one-line summary, in a clerk's words: what was spread, over what, in which order. */
    public String summary(MoneyText text) {
        if (rule == ApplicationRule.FIFO) {
            return text.display(amount) + " spread oldest first: by due date, then document date, then item order;"
                    + " each item takes its whole balance until the amount runs out.";
        }
        long units = leftoverUnits();
        return text.display(amount) + " spread in proportion to the open balances (" + text.display(open)
                + " in all); shares are rounded down and " + (units == 0 ? "nothing was left over."
                : "the " + units + (units == 1 ? " smallest coin" : " smallest coins")
                + " left over went to the largest remainders.");
    }

    /** Why the item received its share, in a clerk's words (the Explain table's last column). */
    public String why(AllocationShare share, MoneyText text) {
        if (share.target().balance().signum() <= 0) {
            return "Nothing open on the item";
        }
        if (rule == ApplicationRule.FIFO) {
            if (share.amount().signum() == 0) {
                return "Nothing left to apply";
            }
            return share.amount().compareTo(share.target().balance()) == 0 ? "Its whole balance"
                    : "What was left of the amount";
        }
        Money unit = Money.of(BigDecimal.ONE.movePointLeft(amount.currency().getDefaultFractionDigits()),
                amount.currency());
        String base = "Its share of " + text.display(amount) + " by balance";
        return share.remainderUnit() ? base + ", rounded down, plus " + text.display(unit) + " left over"
                : base + (reason(share).endsWith("exact") ? ", exact" : ", rounded down");
    }

    /** Why the item received its share, in one phrase. */
    public String reason(AllocationShare share) {
        BigDecimal balance = share.target().balance();
        if (balance.signum() <= 0) {
            return "no open balance";
        }
        String b = Money.of(balance, amount.currency()).amount().toPlainString();
        if (rule == ApplicationRule.FIFO) {
            if (share.amount().signum() == 0) {
                return "nothing left to apply";
            }
            return share.amount().compareTo(balance) == 0 ? "whole balance " + b
                    : "what was left, " + share.amount().toPlainString() + " of balance " + b;
        }
        String base = "balance " + b + " × " + amount.amount().toPlainString() + " / " + open.amount().toPlainString();
        if (share.remainderUnit()) {
            return base + ", rounded down, plus one leftover minor unit (remainder rank " + share.remainderRank()
                    + " of " + leftoverUnits() + ")";
        }
        BigInteger product = BigInteger.valueOf(amount.minorUnits())
                .multiply(BigInteger.valueOf(Money.of(balance, amount.currency()).minorUnits()));
        boolean exact = product.mod(BigInteger.valueOf(open.minorUnits())).signum() == 0;
        return base + (exact ? ", exact" : ", rounded down");
    }
}
