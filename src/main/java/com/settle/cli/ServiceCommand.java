package com.settle.cli;

import com.settle.service.Services;
import com.settle.store.Database;
import java.util.List;
import java.util.concurrent.Callable;

/** A command that opens the database, runs one use case as the chosen user and prints text or JSON. */
abstract class ServiceCommand implements Callable<Integer> {

    abstract SettleCommand root();

    @Override
    public Integer call() {
        CliContext cli = root().context();
        GlobalOptions options = root().options();
        try (Database db = cli.open(options)) {
            return run(cli.services(db, options));
        }
    }

    abstract int run(Services services);

    boolean json() {
        return root().options().json;
    }

    void print(Object json, List<String> text) {
        var out = root().context().out();
        if (json()) {
            out.println(Json.write(json));
        } else {
            text.forEach(out::println);
        }
    }
}
