package com.settle.ui.settings;

import com.settle.domain.allocation.ApplicationRule;
import com.settle.domain.model.Permission;
import com.settle.service.Services;
import com.settle.ui.common.BackgroundExecutor;
import com.settle.ui.common.TaskRunner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** Settings: the default application rule (used when a clerk gives no item-level amounts). */
public final class SettingsViewModel {

    private final TaskRunner runner;
    private final Supplier<Services> services;
    private final Consumer<String> notice;
    private final ObjectProperty<ApplicationRule> rule = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SettingsViewModel(TaskRunner runner, Supplier<Services> services, Consumer<String> notice) {
        this.runner = runner;
        this.services = services;
        this.notice = notice;
    }

    public void load() {
        runner.run("Loading settings", () -> services.get().settings().defaultApplicationRule(), r -> {
            rule.set(r);
            message.set(mayEdit() ? "" : "Your role may view settings but not change them (SETTINGS_EDIT).");
        });
    }

    public boolean mayEdit() {
        return services.get() != null && services.get().user().may(Permission.SETTINGS_EDIT);
    }

    public void save() {
        ApplicationRule r = rule.get();
        if (r == null) {
            return;
        }
        runner.run("Saving settings", () -> {
            services.get().settings().setDefaultApplicationRule(r);
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
