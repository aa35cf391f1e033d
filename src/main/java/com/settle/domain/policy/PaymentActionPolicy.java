package com.settle.domain.policy;

import com.settle.domain.model.PaymentStatus;
import java.util.Locale;
import java.util.Optional;

/**
 * What each action on a payment needs from its state, in one wording: the payment page disables an action
 * with this reason, and the service refuses with it. Only a processed payment can be spent; each action
 * needs something to act on. Each check returns the reason, or nothing when the action can go ahead.
 */
public final class PaymentActionPolicy {

    private PaymentActionPolicy() {
    }

    /** Applying needs a processed payment with something unapplied. */
    public static Optional<String> whyNotApply(String number, PaymentStatus status, boolean somethingUnapplied) {
        return spend(number, status, somethingUnapplied, "applied", "apply");
    }

    /** Refunding needs a processed payment with something unapplied. */
    public static Optional<String> whyNotRefund(String number, PaymentStatus status, boolean somethingUnapplied) {
        return spend(number, status, somethingUnapplied, "refunded", "refund");
    }

    /** Transferring to the credit balance needs a processed payment with something unapplied. */
    public static Optional<String> whyNotTransfer(String number, PaymentStatus status, boolean somethingUnapplied) {
        return spend(number, status, somethingUnapplied, "transferred", "transfer");
    }

    /** Unapplying needs a processed payment with something applied. */
    public static Optional<String> whyNotUnapply(String number, PaymentStatus status, boolean somethingApplied) {
        if (!processed(status)) {
            return Optional.of("Payment " + number + " is " + lower(status) + "; there is nothing to unapply.");
        }
        return somethingApplied ? Optional.empty() : Optional.of("Payment " + number
                + " has nothing applied to unapply.");
    }

    /** Cancelling needs a processed payment with nothing applied, refunded or transferred. */
    public static Optional<String> whyNotCancel(String number, PaymentStatus status, boolean untouched) {
        if (!processed(status)) {
            return Optional.of("Payment " + number + " is already " + lower(status) + ".");
        }
        return untouched ? Optional.empty() : Optional.of("Payment " + number + " has money applied, refunded or"
                + " transferred; unapply it and cancel the refunds and transfers first.");
    }

    private static Optional<String> spend(String number, PaymentStatus status, boolean somethingUnapplied, String done,
                                          String verb) {
        if (!processed(status)) {
            return Optional.of("Payment " + number + " is " + lower(status) + "; only a processed payment's"
                    + " unapplied amount can be " + done + ".");
        }
        return somethingUnapplied ? Optional.empty() : Optional.of("Payment " + number + " has nothing unapplied to "
                + verb + ".");
    }

    private static boolean processed(PaymentStatus status) {
        return status == PaymentStatus.PROCESSED;
    }

    private static String lower(PaymentStatus status) {
        return status.code().toLowerCase(Locale.ROOT);
    }
}
