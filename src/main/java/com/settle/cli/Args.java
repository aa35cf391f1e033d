package com.settle.cli;

import com.settle.domain.AmountParser;
import com.settle.domain.ValidationException;
import com.settle.domain.model.PaymentMethod;
import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads command-line values: amounts as plain text (1234.50), {@code DOC=AMT} and {@code DOC#N=AMT} pairs, methods. */
final class Args {

    private Args() {
    }

    /** A document number with an amount: {@code INV-00000001=25.00}. */
    record DocAmount(String document, BigDecimal amount) {
    }

    /** An item of a document with an amount: {@code INV-00000001#2=10.00}. */
    record ItemAmount(String document, int ordinal, BigDecimal amount) {
    }

    static BigDecimal amount(String option, String text) {
        return AmountParser.plain().number(option, text);
    }

    static DocAmount docAmount(String option, String text) {
        int eq = text.lastIndexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new ValidationException(option, "'" + text + "' is not DOCUMENT=AMOUNT (example: INV-00000001=25.00)");
        }
        return new DocAmount(text.substring(0, eq).trim(), amount(option, text.substring(eq + 1)));
    }

    static ItemAmount itemAmount(String option, String text) {
        int eq = text.lastIndexOf('=');
        int hash = text.lastIndexOf('#', eq);
        if (eq <= 0 || hash <= 0 || hash > eq - 2 || eq == text.length() - 1) {
            throw new ValidationException(option, "'" + text
                    + "' is not DOCUMENT#LINE=AMOUNT (example: INV-00000001#2=10.00)");
        }
        int ordinal;
        try {
            ordinal = Integer.parseInt(text.substring(hash + 1, eq).trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(option, "'" + text + "' has no item line number after #");
        }
        if (ordinal < 1) {
            throw new ValidationException(option, "'" + text + "': item line numbers start at 1");
        }
        return new ItemAmount(text.substring(0, hash).trim(), ordinal, amount(option, text.substring(eq + 1)));
    }

    /** picocli converter for {@code --method}. */
    static final class MethodConverter implements ITypeConverter<PaymentMethod> {
        @Override
        public PaymentMethod convert(String value) {
            try {
                return PaymentMethod.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
