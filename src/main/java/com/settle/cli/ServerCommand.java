package com.settle.cli;

import com.settle.domain.ServerAddress;
import com.settle.domain.ValidationException;
import com.settle.service.Transactions;
import com.settle.service.UserService;
import com.settle.store.Database;
import com.settle.store.ServerGrants;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code settle server ...}: team mode, a company on a shared PostgreSQL server. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Team mode: a company on a shared PostgreSQL server (README, Team mode).",
        subcommands = {ServerCommand.Init.class})
final class ServerCommand {

    @ParentCommand
    SettleCommand root;

    /** {@code settle server init}: the schema in an empty server database, and its first administrator. */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Prepare the empty database --server names: Settle's schema, and the user signing in"
                    + " (--user, a PostgreSQL role that owns the database) as the company's first administrator.")
    static final class Init implements Callable<Integer> {

        @ParentCommand
        private ServerCommand group;

        @Override
        public Integer call() {
            CliContext cli = group.root.context();
            GlobalOptions options = group.root.options();
            ServerAddress server = cli.server(options);
            if (server == null) {
                throw new ValidationException("--server", "is required: name the server's database, as"
                        + " postgresql://host:port/database");
            }
            String user = options.user == null ? cli.osUser() : options.user;
            try (Database db = cli.open(options)) {
                Transactions tx = new Transactions(db.dsl());
                String before = UserService.firstUser(tx).orElse(null);
                if (before == null) {
                    UserService.firstRun(tx, user);
                }
                String administrator = UserService.firstUser(tx).orElseThrow();
                String clerks = ServerGrants.clerksRole(server.database());
                boolean granted = ServerGrants.roleExists(db.dsl(), clerks);
                if (granted) {
                    ServerGrants.grant(db.dsl(), clerks);
                }
                if (options.json) {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("server", server.toString());
                    json.put("schemaVersion", Database.SCHEMA_VERSION);
                    json.put("firstAdministrator", administrator);
                    json.put("prepared", before == null);
                    json.put("clerksRole", clerks);
                    json.put("granted", granted);
                    cli.out().println(Json.write(json));
                } else if (before == null) {
                    cli.out().println("prepared " + server + " for Settle (schema version " + Database.SCHEMA_VERSION
                            + "); " + administrator + " is its first administrator. Each clerk signs in with a"
                            + " PostgreSQL role of their own (README, Team mode).");
                } else {
                    cli.out().println(server + " was already prepared for Settle (first administrator " + administrator
                            + ").");
                }
                if (!options.json) {
                    cli.out().println(granted ? "The members of role " + clerks + " may work in it: granted what"
                            + " Settle's use cases write, and no change to saved history." : "There is no role "
                            + clerks + " on the server yet: create it (CREATE ROLE " + clerks + " NOLOGIN), make each"
                            + " clerk's role a member, and run settle server init again.");
                }
            }
            return 0;
        }
    }
}
