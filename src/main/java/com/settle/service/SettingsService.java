package com.settle.service;

import com.settle.domain.AmountParser;
import com.settle.domain.Money;
import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.Permission;
import com.settle.domain.policy.WriteOffPolicy;
import com.settle.store.SettingsRepository;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;

/** Application-wide settings such as the default application rule. */
public final class SettingsService {

    static final String DEFAULT_RULE = "default_application_rule";
    private static final String TOLERANCE = "write_off_tolerance.";

    private final Transactions tx;
    private final SettingsRepository settings;
    private final UserContext user;

    SettingsService(Transactions tx, SettingsRepository settings, UserContext user) {
        this.tx = tx;
        this.settings = settings;
        this.user = user;
    }

    public ApplicationRule defaultApplicationRule() {
        return tx.read(t -> settings.get(t, DEFAULT_RULE).map(ApplicationRule::fromCode).orElse(ApplicationRule.FIFO));
    }

    /** The write-off tolerance of {@code currency}, or null when none is set. */
    public Money writeOffTolerance(Currency currency) {
        return tx.read(t -> writeOffTolerance(t, currency));
    }

    Money writeOffTolerance(DSLContext t, Currency currency) {
        return settings.get(t, TOLERANCE + currency.getCurrencyCode())
                .map(v -> Money.of(new BigDecimal(v), currency)).orElse(null);
    }

    /** Every write-off tolerance set, by currency code. */
    public Map<String, Money> writeOffTolerances() {
        return tx.read(t -> {
            Map<String, Money> out = new TreeMap<>();
            settings.byPrefix(t, TOLERANCE).forEach((code, value) -> out.put(code,
                    Money.of(new BigDecimal(value), Currency.getInstance(code))));
            return out;
        });
    }

    /** Sets the write-off tolerance of {@code currency} (null or zero: none). */
    public void setWriteOffTolerance(Currency currency, BigDecimal amount) {
        user.require(Permission.SETTINGS_EDIT, "change settings");
        Money m = amount == null || amount.signum() == 0 ? null
                : AmountParser.money(WriteOffPolicy.TOLERANCE, amount, currency, AmountParser.Sign.POSITIVE);
        tx.inTransaction(t -> {
            if (m == null) {
                settings.remove(t, TOLERANCE + currency.getCurrencyCode());
            } else {
                settings.put(t, TOLERANCE + currency.getCurrencyCode(), m.amount().toPlainString());
            }
            return null;
        });
    }

    public void setDefaultApplicationRule(ApplicationRule rule) {
        user.require(Permission.SETTINGS_EDIT, "change settings");
        tx.inTransaction(t -> {
            settings.put(t, DEFAULT_RULE, rule.code());
            return null;
        });
    }
}
