package com.settle.ui.payments;

import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.PaymentSummary;
import com.settle.domain.model.Permission;
import com.settle.service.UserContext;
import java.util.Locale;

/** The actions of the payment detail page, each enabled only when it can succeed; else it says why. */
public enum PaymentAction {
    APPLY("Apply this payment", Permission.PAYMENT_APPLY),
    UNAPPLY("Unapply", Permission.PAYMENT_UNAPPLY),
    REFUND("Refund", Permission.PAYMENT_REFUND),
    TRANSFER("Transfer to credit balance", Permission.PAYMENT_TRANSFER),
    CANCEL("Cancel payment", Permission.PAYMENT_CANCEL);

    private final String label;
    private final Permission permission;

    PaymentAction(String label, Permission permission) {
        this.label = label;
        this.permission = permission;
    }

    public String label() {
        return label;
    }

    /** Why the action cannot succeed now, or null when it can. */
    public String whyNot(PaymentDetail detail, UserContext user) {
        if (detail == null) {
            return "The payment is still loading.";
        }
        PaymentSummary p = detail.summary();
        if (!user.may(permission)) {
            return "Your role does not allow this (" + permission + ").";
        }
        if (!"Processed".equals(p.status())) {
            return "The payment is " + p.status().toLowerCase(Locale.ROOT) + ".";
        }
        return switch (this) {
            case APPLY, REFUND, TRANSFER -> p.unapplied().isPositive() ? null : "Nothing of the payment is unapplied.";
            case UNAPPLY -> p.applied().isPositive() ? null : "Nothing of the payment is applied.";
            case CANCEL -> p.applied().isZero() && p.refunded().isZero() && p.transferred().isZero() ? null
                    : "Unapply it and cancel its refunds and transfers first.";
        };
    }
}
