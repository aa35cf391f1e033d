package com.settle.domain.policy;

import com.settle.domain.Money;
import com.settle.domain.MoneyText;
import com.settle.domain.ValidationException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The limits on spending a payment, checked by the dialogs as the clerk types and by the services before they
 * save, in one wording: what is taken from a payment (applied, refunded, transferred) is at most its unapplied
 * amount and dated on or after it; what is taken by a document or item is at most its balance and dated on or
 * after the document. Each check returns the refusal, naming the field, or nothing.
 */
public final class PaymentPolicy {

    /** The fields of applying a payment, as the dialog labels them and the services name them. */
    public static final String EFFECTIVE_DATE = "Effective date";
    public static final String TOTAL_TO_APPLY = "Total to apply";

    private final MoneyText text;

    public PaymentPolicy(MoneyText text) {
        this.text = text;
    }

    /** How a refusal names a document that receives money: {@code Document INV-00000012}. */
    public static String documentField(String number) {
        return "Document " + number;
    }

    /** How a refusal names one item of a document: {@code Item INV-00000012 #3}. */
    public static String itemField(String number, int ordinal) {
        return "Item " + number + " #" + ordinal;
    }

    /** {@code amount} is at most the payment's unapplied amount. */
    public Optional<ValidationException> withinUnapplied(String field, Money amount, Money unapplied) {
        return amount.isGreaterThan(unapplied) ? refuse(field, text.display(amount)
                + " is more than the payment's unapplied amount " + text.display(unapplied)) : Optional.empty();
    }

    /** {@code amount} taken back from a document or item is at most what the payment still has applied to it. */
    public Optional<ValidationException> withinApplied(String field, Money amount, Money applied) {
        return amount.isGreaterThan(applied) ? refuse(field, text.display(amount) + " is more than this payment has"
                + " applied to it (" + text.display(applied) + ")") : Optional.empty();
    }

    /** {@code amount} is at most the balance of the document or item it goes to. */
    public Optional<ValidationException> withinBalance(String field, Money amount, Money balance) {
        return amount.isGreaterThan(balance) ? refuse(field, text.display(amount) + " is more than its balance "
                + text.display(balance)) : Optional.empty();
    }

    /** {@code date} is given, and not before the payment's effective date. */
    public Optional<ValidationException> notBeforePayment(String field, LocalDate date, LocalDate paymentDate) {
        if (date == null) {
            return refuse(field, "is required");
        }
        return date.isBefore(paymentDate) ? refuse(field, text.date(date) + " is before the payment's effective date "
                + text.date(paymentDate)) : Optional.empty();
    }

    /** {@code date} is not before the date of the document the money goes to. */
    public Optional<ValidationException> notBeforeDocument(String field, LocalDate date, String document,
                                                           LocalDate documentDate) {
        return date.isBefore(documentDate) ? refuse(field, text.date(date) + " is before " + document + "'s date "
                + text.date(documentDate)) : Optional.empty();
    }

    /** Throws the refusal, if there is one: how a service uses these checks. */
    public static void require(Optional<ValidationException> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private static Optional<ValidationException> refuse(String field, String reason) {
        return Optional.of(new ValidationException(field, reason));
    }
}
