package com.settle.cli;

import com.settle.service.Services;
import com.settle.store.Database;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

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

    /** Prints rows as they are read (a JSON array, or a line each): a long list is never held whole. */
    <T> int printEach(Iterable<T> rows, Function<T, Object> json, Function<T, String> line) {
        var out = root().context().out();
        int n = 0;
        if (json()) {
            out.print('[');
        }
        for (T row : rows) {
            if (json()) {
                out.print((n == 0 ? "" : ",") + Json.write(json.apply(row)));
            } else {
                out.println(line.apply(row));
            }
            n++;
        }
        if (json()) {
            out.println(']');
        }
        return n;
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
