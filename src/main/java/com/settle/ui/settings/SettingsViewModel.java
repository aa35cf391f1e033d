package com.settle.ui.settings;

import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.Permission;
import com.settle.service.SettingsService;
import com.settle.service.UserContext;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** Settings: the default application rule (used when a clerk gives no item-level amounts). */
public final class SettingsViewModel {

    private final TaskRunner runner;
    private final SettingsService settings;
    private final UserContext user;
    private final Consumer<String> notice;
    private final ObjectProperty<ApplicationRule> rule = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SettingsViewModel(TaskRunner runner, SettingsService settings, UserContext user, Consumer<String> notice) {
        this.runner = runner;
        this.settings = settings;
        this.user = user;
        this.notice = notice;
    }

    public void load() {
        runner.run("Loading settings", settings::defaultApplicationRule, r -> {
            rule.set(r);
            message.set(mayEdit() ? "" : "Your role may view settings but not change them; an administrator can.");
        });
    }

    public boolean mayEdit() {
        return user.may(Permission.SETTINGS_EDIT);
    }

    public void save() {
        ApplicationRule r = rule.get();
        if (r == null) {
            return;
        }
        runner.run("Saving settings", () -> {
            settings.setDefaultApplicationRule(r);
            return r;
        }, saved -> notice.accept("Default application rule is now " + saved.label()),
                e -> message.set(BackgroundExecutor.clerkMessage(e)));
    }

    public ObjectProperty<ApplicationRule> ruleProperty() {
        return rule;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
