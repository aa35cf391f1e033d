package com.settle.service;

import com.settle.domain.Money;
import com.settle.domain.model.DiscountTerms;
import com.settle.domain.model.Permission;
import com.settle.domain.model.ResidualRules;
import com.settle.store.AccountRepository;
import com.settle.store.WriteOffRepository;
import com.settle.store.jooq.tables.records.AccountRecord;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Reads, inside a caller's transaction, what may settle the rest of an account's documents when a payment is
 * applied: the write-off tolerance, the account's discount terms and the discounts already taken, and whether the
 * clerk may write off more than the tolerance. The Apply dialog and Receive payment offer from it; the write-off
 * service checks against the same figures.
 */
final class ResidualRulesReader {

    private final SettingsService settings;
    private final AccountRepository accounts;
    private final WriteOffRepository writeOffs;
    private final UserContext user;

    ResidualRulesReader(SettingsService settings, AccountRepository accounts, WriteOffRepository writeOffs,
                        UserContext user) {
        this.settings = settings;
        this.accounts = accounts;
        this.writeOffs = writeOffs;
        this.user = user;
    }

    ResidualRules read(DSLContext t, long accountId) {
        AccountRecord account = accounts.findById(t, accountId).orElseThrow();
        Currency currency = Currency.getInstance(account.getCurrency());
        DiscountTerms terms = DiscountTerms.of(account.getDiscountPercent(), account.getDiscountDays());
        Map<String, Money> taken = new HashMap<>();
        if (terms != null) {
            Map<String, BigDecimal> sums = writeOffs.discountsTaken(t, accountId);
            sums.forEach((doc, sum) -> taken.put(doc, Money.of(sum, currency)));
        }
        return new ResidualRules(settings.writeOffTolerance(t, currency), terms, taken,
                user.may(Permission.WRITE_OFF));
    }
}
