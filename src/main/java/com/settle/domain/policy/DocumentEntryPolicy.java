package com.settle.domain.policy;

import com.settle.domain.MoneyText;
import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an invoice or debit memo needs before it is saved, in one wording: the entry form marks a field with
 * these refusals as the clerk types, and the service refuses with them. Each check throws a
 * {@link ValidationException} naming the field.
 */
public final class DocumentEntryPolicy {

    /** The most decimals a quantity may have. */
    public static final int QUANTITY_DECIMALS = 4;
    /** The most decimals a unit price may have. */
    public static final int UNIT_PRICE_DECIMALS = 6;

    /** The document's date, as the form labels it. */
    public static final String DOCUMENT_DATE = "Document date";

    private final MoneyText text;

    public DocumentEntryPolicy(MoneyText text) {
        this.text = text;
    }

    /** How an item is named in a refusal: {@code Item 2}. */
    public static String item(int line) {
        return "Item " + line;
    }

    /** Both dates are given and the document falls due on or after its date. */
    public void dates(LocalDate documentDate, LocalDate dueDate) {
        if (documentDate == null) {
            throw new ValidationException(DOCUMENT_DATE, "is required");
        }
        if (dueDate == null) {
            throw new ValidationException("Due date", "is required");
        }
        if (dueDate.isBefore(documentDate)) {
            throw new ValidationException("Due date", text.date(dueDate) + " is before the document date "
                    + text.date(documentDate));
        }
    }

    /** An item's charge is named (up to 100 characters); returns it trimmed. */
    public static String charge(String item, String charge) {
        return Text.required(item + " charge", charge, 100);
    }

    /** A quantity is above zero with at most {@value #QUANTITY_DECIMALS} decimals. */
    public static void quantity(String item, BigDecimal quantity) {
        String field = item + " quantity";
        if (quantity == null || quantity.signum() <= 0) {
            throw new ValidationException(field, "must be greater than zero");
        }
        decimals(field, quantity, QUANTITY_DECIMALS);
    }

    /** A unit price is given, with at most {@value #UNIT_PRICE_DECIMALS} decimals (it may be negative). */
    public static void unitPrice(String item, BigDecimal unitPrice) {
        String field = item + " unit price";
        if (unitPrice == null) {
            throw new ValidationException(field, "is required");
        }
        decimals(field, unitPrice, UNIT_PRICE_DECIMALS);
    }

    /** A service period ends on or after it starts (either end may be left open). */
    public static void servicePeriod(String item, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new ValidationException(item + " service end", "is before the service start");
        }
    }

    private static void decimals(String field, BigDecimal value, int most) {
        if (value.stripTrailingZeros().scale() > most) {
            throw new ValidationException(field, "'" + value.toPlainString() + "' has more than " + most
                    + " decimals");
        }
    }
}
