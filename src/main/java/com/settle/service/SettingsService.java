package com.settle.service;

import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.Permission;
import com.settle.store.SettingsRepository;

/** Application-wide settings such as the default application rule. */
public final class SettingsService {

    static final String DEFAULT_RULE = "default_application_rule";

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

    public void setDefaultApplicationRule(ApplicationRule rule) {
        user.require(Permission.SETTINGS_EDIT, "change settings");
        tx.inTransaction(t -> {
            settings.put(t, DEFAULT_RULE, rule.code());
            return null;
        });
    }
}
