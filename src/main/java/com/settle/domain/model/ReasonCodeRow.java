package com.settle.domain.model;

import java.util.List;

/**
 * A reason code as Settings lists it: the transaction types it applies to, those it is the default
 * for, whether it is active, and whether any record uses it (then it can only be deactivated).
 */
public record ReasonCodeRow(String code, String name, boolean active, List<String> types, List<String> defaultFor,
                            boolean inUse) {

    /** The transaction types a reason code can apply to. */
    public static final List<String> TRANSACTION_TYPES =
            List.of("CreditBalanceAdjustment", "Refund", "Payment", "Unapplication");
}
