package com.settle.cli;

import com.settle.store.Compaction;
import com.settle.store.Database;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code settle compact}: rewrites the company file with only its live data and says how its size moved. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Rewrite the company file with only its live data (after large imports or a long time of"
                + " use). Settle also does it when the window closes, when the file is large and mostly dead space.")
final class CompactCommand implements Callable<Integer> {

    @ParentCommand
    private SettleCommand root;

    @Override
    public Integer call() {
        CliContext cli = root.context();
        cli.fileOnly(root.options(), "settle compact");
        Database db = cli.open(root.options());
        Compaction.Sizes sizes;
        try {
            cli.services(db, root.options()).checkCompact();
            sizes = db.closeCompacted();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        if (root.options().json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", db.file().toString());
            json.put("bytesBefore", sizes.before());
            json.put("bytesAfter", sizes.after());
            cli.out().println(Json.write(json));
        } else {
            cli.out().println("compacted " + db.file() + ": " + Compaction.describe(sizes.before()) + " -> "
                    + Compaction.describe(sizes.after()));
        }
        return 0;
    }
}
