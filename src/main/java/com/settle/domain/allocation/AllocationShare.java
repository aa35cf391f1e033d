package com.settle.domain.allocation;

import java.math.BigDecimal;

/**
 * What one item receives from an allocation. Why it received that is told by
 * {@link Allocation#reason(AllocationShare)}, built only when someone asks.
 *
 * @param target        the item
 * @param position      1-based position in the order the rule took the items
 * @param amount        the item's share, at the currency's scale (zero when it received nothing)
 * @param remainderUnit whether the share includes one leftover minor unit (Proration only)
 * @param remainderRank for a leftover unit, its rank by size of remainder (1 = largest); else 0
 */
public record AllocationShare(AllocationTarget target, int position, BigDecimal amount, boolean remainderUnit,
                              int remainderRank) {
}
