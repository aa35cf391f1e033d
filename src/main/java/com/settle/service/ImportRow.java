package com.settle.service;

import com.settle.csv.CsvRows.Row;
import com.settle.domain.AmountParser;
import com.settle.domain.Currencies;
import com.settle.domain.Dates;
import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.model.DocumentType;
import com.settle.domain.policy.ClosingPolicy;
import com.settle.store.jooq.tables.records.AccountRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one row's cells, noting each problem instead of stopping at the first. */
final class ImportRow {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,13}(\\.\\d{1,6})?");

    /** The closed period a row's effective date must lie after (nothing closed: {@code through} null). */
    record Closed(ClosingPolicy policy, LocalDate through) {
    }

    private final Row row;
    private final ImportProblems problems;
    private final Closed closed;
    private boolean bad;

    ImportRow(Row row, ImportProblems problems, Closed closed) {
        this.row = row;
        this.problems = problems;
        this.closed = closed;
    }

    void problem(String column, String reason) {
        bad = true;
        problems.add(row.line(), column, reason);
    }

    /** Whether any cell of this row had a problem. */
    boolean bad() {
        return bad;
    }

    long line() {
        return row.line();
    }

    /** Every cell as written, in the file's column order. */
    List<String> values() {
        return row.values();
    }

    String text(String column, int max, boolean required) {
        String v = row.get(column);
        if (Text.isBlank(v)) {
            if (required) {
                problem(column, "is required");
            }
            return null;
        }
        try {
            return Text.optional(column, v, max);
        } catch (ValidationException e) {
            problem(column, e.getMessage().substring(column.length()).strip());
            return null;
        }
    }

    /** A positive amount in the account's currency, no more decimals than it has. */
    BigDecimal amount(String column, AccountRecord account, boolean required) {
        BigDecimal v = number(column, required, null);
        if (v == null || account == null) {
            return null;
        }
        try {
            return AmountParser.money(column, v, Currency.getInstance(account.getCurrency()),
                    AmountParser.Sign.POSITIVE).amount();
        } catch (ValidationException e) {
            problem(column, e.getMessage().substring(column.length()).strip());
            return null;
        }
    }

    String currency(String column) {
        String v = text(column, 3, true);
        if (v == null) {
            return null;
        }
        try {
            return Currencies.of(column, v).getCurrencyCode();
        } catch (ValidationException e) {
            problem(column, "'" + v + "' is not a currency code");
            return null;
        }
    }

    /** A date a record takes effect on: also refused when it lies in the closed period. */
    LocalDate effectiveDate(String column, boolean required) {
        LocalDate date = date(column, required);
        var refusal = date == null ? Optional.<ValidationException>empty() : closed.policy().open(column, date,
                closed.through());
        if (refusal.isPresent()) {
            problem(column, refusal.get().getMessage().substring(column.length()).strip());
            return null;
        }
        return date;
    }

    LocalDate date(String column, boolean required) {
        String v = text(column, 10, required);
        if (v == null) {
            return null;
        }
        try {
            return Dates.check(column, LocalDate.parse(v));
        } catch (ValidationException e) {
            problem(column, e.getMessage().substring(column.length()).strip());
            return null;
        } catch (DateTimeParseException e) {
            problem(column, "'" + v + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    BigDecimal number(String column, boolean required, BigDecimal otherwise) {
        String v = text(column, AmountParser.MAX_LENGTH, required);
        if (v == null) {
            return required ? null : otherwise;
        }
        if (PLAIN_NUMBER.matcher(v).matches()) {
            return new BigDecimal(v); // the common case, without the general parser's work
        }
        try {
            return AmountParser.plain().number(column, v);
        } catch (ValidationException e) {
            problem(column, "'" + v + "' is not a number");
            return null;
        }
    }

    DocumentType type(String column) {
        String v = text(column, 20, false);
        if (v == null || v.equalsIgnoreCase("Invoice")) {
            return DocumentType.INVOICE;
        }
        if (v.replace(" ", "").equalsIgnoreCase("DebitMemo")) {
            return DocumentType.DEBIT_MEMO;
        }
        problem(column, "'" + v + "' is not Invoice or DebitMemo");
        return DocumentType.INVOICE;
    }

    boolean bool(String column, boolean otherwise) {
        String v = text(column, 5, false);
        if (v == null) {
            return otherwise;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> {
                problem(column, "'" + v + "' is not true or false");
                yield otherwise;
            }
        };
    }
}
