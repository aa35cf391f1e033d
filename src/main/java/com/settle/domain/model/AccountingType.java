package com.settle.domain.model;

import java.util.Arrays;
import java.util.List;

/**
 * The ledger side an accounting code stands for. Every journal movement debits one type and credits another
 * (docs/month-end.md lists the pairs); a record that names no code posts to its type's default.
 */
public enum AccountingType {
    CASH("Cash", "Cash (deposit account)"),
    ACCOUNTS_RECEIVABLE("AccountsReceivable", "Accounts receivable"),
    UNAPPLIED_PAYMENTS("UnappliedPayments", "Unapplied payments"),
    CUSTOMER_CREDIT("CustomerCashOnAccount", "Customer credit balance"),
    REFUNDS("Refunds", "Refunds paid"),
    WRITE_OFF("WriteOff", "Write-off expense"),
    DISCOUNT("Discount", "Early-payment discounts"),
    REVENUE("Revenue", "Revenue"),
    ADJUSTMENT("Adjustment", "Credit balance adjustments"),
    OTHER("Other", "Other");

    private final String code;
    private final String label;

    AccountingType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** As stored (the seed's category names where it has them, e.g. CustomerCashOnAccount). */
    public String code() {
        return code;
    }

    /** As a clerk reads it. */
    public String label() {
        return label;
    }

    public static AccountingType fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown accounting code type " + code));
    }

    /** Every stored code, in this order. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(AccountingType::code).toList();
    }
}
