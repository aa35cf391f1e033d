package com.settle.ui.payments;

import com.settle.domain.model.PaymentDetail;
import com.settle.domain.model.PaymentSummary;
import com.settle.domain.model.Permission;
import com.settle.domain.policy.PaymentActionPolicy;
import com.settle.service.UserContext;

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
            return user.whyNot(permission);
        }
        // The payment's state in the service's own words.
        boolean unapplied = p.unapplied().isPositive();
        return (switch (this) {
            case APPLY -> PaymentActionPolicy.whyNotApply(p.number(), p.status(), unapplied);
            case REFUND -> PaymentActionPolicy.whyNotRefund(p.number(), p.status(), unapplied);
            case TRANSFER -> PaymentActionPolicy.whyNotTransfer(p.number(), p.status(), unapplied);
            case UNAPPLY -> PaymentActionPolicy.whyNotUnapply(p.number(), p.status(), p.applied().isPositive());
            case CANCEL -> PaymentActionPolicy.whyNotCancel(p.number(), p.status(), p.applied().isZero()
                    && p.refunded().isZero() && p.transferred().isZero());
        }).orElse(null);
    }
}
