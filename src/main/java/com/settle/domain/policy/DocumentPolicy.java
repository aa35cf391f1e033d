package com.settle.domain.policy;

import com.settle.domain.model.DocumentStatus;
import com.settle.domain.model.DocumentType;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * What each action on an invoice or debit memo needs, in one wording: the document page disables an action
 * with this reason, and the service refuses with it. Each check returns the reason, or nothing when the
 * action can go ahead.
 */
public final class DocumentPolicy {

    private DocumentPolicy() {
    }

    /** Only a draft's dates, comment and items can be changed. */
    public static Optional<String> whyNotEdit(String number, DocumentStatus status) {
        return status == DocumentStatus.DRAFT ? Optional.empty() : Optional.of(number + " is " + lower(status)
                + "; only a draft can be changed. Cancel it and enter a new one, if nothing is applied.");
    }

    /** Only a draft is posted. */
    public static Optional<String> whyNotPost(String number, DocumentStatus status) {
        return status == DocumentStatus.DRAFT ? Optional.empty() : Optional.of(number + " is " + lower(status)
                + "; only a draft can be posted.");
    }

    /**
     * A draft, or a posted document nothing was applied to, can be canceled.
     *
     * @param untouched its balance and every item's balance are still their amounts
     */
    public static Optional<String> whyNotCancel(String number, DocumentStatus status, boolean untouched) {
        if (status == DocumentStatus.CANCELED) {
            return Optional.of(number + " is already canceled.");
        }
        return untouched ? Optional.empty() : Optional.of(number + " has payments or credit applied. Unapply them"
                + " first, then cancel.");
    }

    /** Only a posted invoice's negative balance moves to the account's credit balance. */
    public static Optional<String> whyNotTransfer(String number, DocumentType type, DocumentStatus status,
                                                  BigDecimal balance) {
        if (type != DocumentType.INVOICE) {
            return Optional.of(number + " is a " + type.label().toLowerCase(Locale.ROOT)
                    + "; only an invoice's negative balance moves to the credit balance.");
        }
        if (status != DocumentStatus.POSTED) {
            return Optional.of(number + " is " + lower(status) + ", not posted.");
        }
        return balance.signum() < 0 ? Optional.empty() : Optional.of(number + " has no negative balance to transfer.");
    }

    private static String lower(DocumentStatus status) {
        return status.code().toLowerCase(Locale.ROOT);
    }
}
