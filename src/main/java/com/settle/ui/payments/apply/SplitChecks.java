package com.settle.ui.payments.apply;

import com.settle.domain.AmountParser;
import com.settle.domain.Money;
import com.settle.domain.ValidationException;
import com.settle.domain.policy.PaymentPolicy;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Apply dialog's checks: each row's input against the row's balance as it is typed, and the split as a
 * whole against the payment (dates, what is unapplied). Remembers which rows are refused, first one first.
 */
final class SplitChecks {

    private final AmountParser parser;
    private final PaymentPolicy policy;
    private final Set<ApplyRow> invalid = new LinkedHashSet<>();

    SplitChecks(Locale locale, PaymentPolicy policy) {
        this.parser = AmountParser.forLocale(locale);
        this.policy = policy;
    }

    /** Parses a row's input and checks it against the row's balance; marks the row; returns zero when refused. */
    Money parse(ApplyRow row, Currency currency) {
        String text = row.inputProperty().get();
        if (text == null || text.isBlank()) {
            mark(row, "");
            return Money.zero(currency);
        }
        try {
            Money m = parser.parse(row.label(), text, currency, AmountParser.Sign.POSITIVE);
            Optional<ValidationException> refusal = policy.withinBalance(row.label(), m, row.balance());
            mark(row, refusal.map(ValidationException::getMessage).orElse(""));
            return refusal.isPresent() ? Money.zero(currency) : m;
        } catch (ValidationException e) {
            mark(row, e.getMessage());
            return Money.zero(currency);
        }
    }

    /** Shows {@code message} on the row (empty: the row is fine). */
    void mark(ApplyRow row, String message) {
        row.errorProperty().set(message);
        if (message.isEmpty()) {
            invalid.remove(row);
        } else {
            invalid.add(row);
        }
    }

    void clear() {
        invalid.clear();
    }

    /**
     * The first problem with the split, naming the field: a refused row, an effective date before the payment or
     * before a document that receives something, or a total above what is unapplied. Empty when there is none.
     */
    String firstProblem(ApplyRows rows, LocalDate date, Money sum, Money unapplied) {
        if (!invalid.isEmpty()) {
            return invalid.iterator().next().errorProperty().get();
        }
        Optional<ValidationException> refusal = policy.notBeforePayment(PaymentPolicy.EFFECTIVE_DATE, date,
                rows.context().payment().summary().effectiveDate());
        for (ApplyRow doc : rows.documents()) {
            if (refusal.isEmpty() && doc.amountProperty().get().isPositive()) {
                refusal = policy.notBeforeDocument(PaymentPolicy.EFFECTIVE_DATE, date, doc.document().number(),
                        doc.document().documentDate());
            }
        }
        if (refusal.isEmpty()) {
            refusal = policy.withinUnapplied(PaymentPolicy.TOTAL_TO_APPLY, sum, unapplied);
        }
        return refusal.map(ValidationException::getMessage).orElse("");
    }
}
