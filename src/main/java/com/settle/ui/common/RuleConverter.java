package com.settle.ui.common;

import com.settle.domain.allocation.ApplicationRule;
import javafx.util.StringConverter;

/** Shows application rules by their labels in choice boxes. */
public final class RuleConverter extends StringConverter<ApplicationRule> {

    @Override
    public String toString(ApplicationRule rule) {
        return rule == null ? "" : rule.label();
    }

    @Override
    public ApplicationRule fromString(String text) {
        return ApplicationRule.fromCode(text);
    }
}
