package com.settle.cli;

import com.settle.service.VerifyService;
import com.settle.store.Database;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code settle verify}: recompute the books; exit 0 when they balance, 1 with the differences. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Recompute every invariant of the books from the stored rows and list each difference.")
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    private SettleCommand root;

    @Override
    public Integer call() {
        CliContext cli = root.context();
        GlobalOptions options = root.options();
        try (Database db = cli.open(options)) {
            VerifyService.Report report = cli.services(db, options).verify().verify();
            if (options.json) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("balanced", report.balanced());
                json.put("payments", report.payments());
                json.put("documents", report.documents());
                json.put("items", report.items());
                json.put("accounts", report.accounts());
                json.put("historyChainHead", report.chainHead().shortForm());
                json.put("historyChainEntries", report.chainHead().entries());
                List<Object> diffs = new ArrayList<>();
                for (VerifyService.Difference d : report.differences()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("book", d.book());
                    m.put("record", d.record());
                    m.put("expected", d.expected());
                    m.put("found", d.found());
                    diffs.add(m);
                }
                json.put("differences", diffs);
                cli.out().println(Json.write(json));
            } else if (report.balanced()) {
                cli.out().printf("books balance (%d payments, %d documents, %d items, %d accounts checked)%n",
                        report.payments(), report.documents(), report.items(), report.accounts());
            } else {
                int n = report.differences().size();
                cli.out().printf("books do not balance: %d %s%n", n, n == 1 ? "difference" : "differences");
                report.differences().forEach(d -> cli.out().println("  " + d));
            }
            if (!options.json) {
                cli.out().printf("history chain head %s (%d entries): keep it with your records; a later copy"
                        + " whose history was rewritten shows another.%n", report.chainHead().shortForm(),
                        report.chainHead().entries());
            }
            return report.balanced() ? 0 : 1;
        }
    }
}
