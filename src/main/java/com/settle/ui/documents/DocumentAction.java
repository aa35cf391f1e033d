package com.settle.ui.documents;

import com.settle.domain.model.DocumentDetail;
import com.settle.domain.model.DocumentSummary;
import com.settle.domain.model.Permission;
import com.settle.domain.policy.DocumentPolicy;
import com.settle.service.UserContext;
import java.util.Optional;

/**
 * The actions of the document page, each enabled only when it can succeed; else it says why: first the
 * permission, then the document's state in the service's own words ({@link DocumentPolicy}).
 */
public enum DocumentAction {
    EDIT("Change the dates, comment and items of this draft (Alt+E)", Permission.DOCUMENT_EDIT),
    POST("Post: its amounts and items are fixed from then on (Alt+P)", Permission.DOCUMENT_POST),
    CANCEL("Cancel: it stays in the books, out of every open list (Alt+L)", Permission.DOCUMENT_CANCEL),
    TRANSFER("Move the negative balance to the account's credit balance (Alt+T)",
            Permission.CREDIT_BALANCE_ADJUSTMENT_CREATE);

    private final String hint;
    private final Permission permission;

    DocumentAction(String hint, Permission permission) {
        this.hint = hint;
        this.permission = permission;
    }

    /** What the action does, for its tooltip when it is enabled. */
    public String hint() {
        return hint;
    }

    /** Why the action cannot succeed now; empty when it can. */
    public String whyNot(DocumentDetail detail, UserContext user) {
        if (detail == null) {
            return "The document is still loading.";
        }
        if (!user.may(permission)) {
            return user.whyNot(permission);
        }
        DocumentSummary d = detail.summary();
        Optional<String> reason = switch (this) {
            case EDIT -> DocumentPolicy.whyNotEdit(d.number(), d.status());
            case POST -> DocumentPolicy.whyNotPost(d.number(), d.status());
            case CANCEL -> DocumentPolicy.whyNotCancel(d.number(), d.status(), untouched(detail));
            case TRANSFER -> DocumentPolicy.whyNotTransfer(d.number(), d.type(), d.status(), d.balance().amount());
        };
        return reason.orElse("");
    }

    /** Nothing applied: the balance and every item's balance are still their amounts. */
    static boolean untouched(DocumentDetail detail) {
        return detail.summary().balance().compareTo(detail.summary().amount()) == 0
                && detail.items().stream().allMatch(i -> i.balance().compareTo(i.amount()) == 0);
    }
}
