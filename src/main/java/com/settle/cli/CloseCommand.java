package com.settle.cli;

import com.settle.domain.model.ClosingChange;
import com.settle.service.Services;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code settle close}: shows or sets the closing date. */
@Command(name = "close", mixinStandardHelpOptions = true,
        description = "Close the books through a date: nothing may be dated on or before it afterwards."
                + " Without options, shows the closing date and its changes.")
final class CloseCommand extends ServiceCommand {

    @ParentCommand
    private SettleCommand root;

    static final class Target {
        @Option(names = "--through", paramLabel = "YYYY-MM-DD", required = true,
                description = "The last day of the closed period (before today).")
        LocalDate through;
        @Option(names = "--reopen", required = true,
                description = "Open every closed period again (needs the permission to move the closing date back).")
        boolean reopen;
    }

    @ArgGroup(exclusive = true)
    private Target target;

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "Why (required when the closing date moves back).")
    private String reason;

    @Override
    SettleCommand root() {
        return root;
    }

    @Override
    int run(Services s) {
        if (target != null) {
            s.closing().close(target.reopen ? null : target.through, reason);
        }
        LocalDate through = s.closing().closedThrough().orElse(null);
        List<ClosingChange> history = s.closing().history();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("closedThrough", through == null ? null : through.toString());
        List<Object> changes = new ArrayList<>();
        List<String> text = new ArrayList<>();
        text.add(through == null ? "The books are open: nothing is closed." : "The books are closed through "
                + through + ".");
        for (ClosingChange c : history) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("through", c.through() == null ? null : c.through().toString());
            m.put("previous", c.previous() == null ? null : c.previous().toString());
            m.put("reason", c.reason());
            m.put("changedBy", c.changedBy());
            m.put("changedAt", c.changedAt().toString());
            changes.add(m);
            text.add(String.format("  %s  %-10s (was %s) by %s%s", Print.when(c.changedAt()),
                    c.through() == null ? "open" : c.through(), c.previous() == null ? "open" : c.previous(),
                    c.changedBy(), c.reason() == null ? "" : ": " + c.reason()));
        }
        json.put("changes", changes);
        print(json, text);
        return 0;
    }
}
