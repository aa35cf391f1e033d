package com.settle.cli;

import com.settle.domain.ServerAddress;
import com.settle.domain.ValidationException;
import com.settle.service.Transactions;
import com.settle.service.UserService;
import com.settle.service.VerifyService;
import com.settle.service.Services;
import com.settle.store.CompanyCopy;
import com.settle.store.Database;
import com.settle.store.NewCompanyFile;
import com.settle.store.chain.HistoryChain;
import com.settle.store.ServerGrants;
import com.settle.store.ServerMembers;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code settle server ...}: team mode, a company on a shared PostgreSQL server. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Team mode: a company on a shared PostgreSQL server (README, Team mode).",
        subcommands = {ServerCommand.Init.class, ServerCommand.ImportFile.class, ServerCommand.ExportFile.class})
final class ServerCommand {

    @ParentCommand
    SettleCommand root;

    /** The server a server command works on: it must be named. */
    static ServerAddress required(ServerAddress server) {
        if (server == null) {
            throw new ValidationException("--server", "is required: name the server's database, as"
                    + " postgresql://host:port/database");
        }
        return server;
    }

    /** {@code settle server import-file}: a company file's whole company, moved into a prepared server database. */
    @Command(name = "import-file", mixinStandardHelpOptions = true,
            description = "Copy the company in a company file (--from), all its history and numbers, into the"
                    + " database --server names, prepared with settle server init and still empty, in one"
                    + " transaction; then run Verify books there. The file is only read.")
    static final class ImportFile implements Callable<Integer> {

        @ParentCommand
        private ServerCommand group;

        @Option(names = "--from", required = true, paramLabel = "FILE", description = "The company file (.mv.db).")
        Path from;

        @Override
        public Integer call() {
            CliContext cli = group.root.context();
            GlobalOptions options = group.root.options();
            ServerAddress server = required(cli.server(options));
            String user = cli.signingIn(options);
            String sourceHead;
            try (Database file = Database.open(from, Database.Mode.READ_ONLY)) {
                sourceHead = HistoryChain.head(file.dsl()).shortForm();
                try (Database db = cli.open(options)) {
                    CompanyCopy.Copied copied = file.dsl().connectionResult(source -> db.dsl().connectionResult(
                            target -> CompanyCopy.copy(source, target, user, n -> { })));
                    VerifyService.Report report = cli.services(db, options).verify().verify();
                    cli.out().printf("copied %,d rows of %s into %s in one transaction%n", copied.total(),
                            file.location(), server);
                    if (report.balanced()) {
                        cli.out().printf("books balance on the server (%d payments, %d documents, %d items, %d"
                                + " accounts checked); history chain head %s, as in the file (%s)%n",
                                report.payments(), report.documents(), report.items(), report.accounts(),
                                report.chainHead().shortForm(), sourceHead);
                    } else {
                        cli.out().printf("books do not balance on the server: %d differences%n",
                                report.differences().size());
                        report.differences().forEach(d -> cli.out().println("  " + d));
                    }
                    return report.balanced() && report.chainHead().shortForm().equals(sourceHead) ? 0 : 1;
                }
            }
        }
    }

    /** {@code settle server export-file}: the server's whole company, copied into a new company file. */
    @Command(name = "export-file", mixinStandardHelpOptions = true,
            description = "Copy the company on the server --server names, all its history and numbers as they stand"
                    + " at one moment, into a new company file (--to) for an offline copy or an archive; then run"
                    + " Verify books on the file. The server is only read; an existing file is never replaced.")
    static final class ExportFile implements Callable<Integer> {

        @ParentCommand
        private ServerCommand group;

        @Option(names = "--to", required = true, paramLabel = "FILE", description = "The new company file (.mv.db).")
        Path to;

        @Override
        public Integer call() {
            CliContext cli = group.root.context();
            GlobalOptions options = group.root.options();
            ServerAddress server = required(cli.server(options));
            String user = cli.signingIn(options);
            try (Database db = cli.open(options)) {
                // A whole company taken offline is an export: the Export permission, as for any list.
                cli.services(db, options).checkExport();
                String serverHead = HistoryChain.head(db.dsl()).shortForm();
                try (NewCompanyFile file = NewCompanyFile.at(to)) {
                    CompanyCopy.Copied copied = db.dsl().connectionResult(source -> file.database().dsl()
                            .connectionResult(target -> CompanyCopy.copy(source, target, user, n -> { })));
                    VerifyService.Report report = Services.singlePerson(file.database().dsl(), user, cli.clock())
                            .verify().verify();
                    if (!report.balanced() || !report.chainHead().shortForm().equals(serverHead)) {
                        cli.out().printf("the copy's books do not match the server's (history chain head %s, the"
                                + " server's %s; %d differences); no file was kept%n",
                                report.chainHead().shortForm(), serverHead, report.differences().size());
                        report.differences().forEach(d -> cli.out().println("  " + d));
                        return 1;
                    }
                    Path written = file.finish();
                    cli.out().printf("copied %,d rows of %s into %s%n", copied.total(), server, written);
                    cli.out().printf("books balance in the file (%d payments, %d documents, %d items, %d accounts"
                            + " checked); history chain head %s, as on the server%n", report.payments(),
                            report.documents(), report.items(), report.accounts(), serverHead);
                    return 0;
                }
            }
        }
    }

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
            ServerAddress server = required(cli.server(options));
            String user = cli.signingIn(options);
            try (Database db = cli.prepareServer(options)) {
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
                String readers = ServerGrants.readersRole(server.database());
                boolean reading = ServerGrants.roleExists(db.dsl(), readers);
                if (reading) {
                    ServerGrants.grantReading(db.dsl(), readers);
                }
                List<ServerGrants.RoleGroup> groups = ServerGrants.grantRoleGroups(db.dsl(), server.database());
                List<ServerMembers.Misfit> misfits = ServerMembers.misfits(db.dsl(), server.database());
                if (options.json) {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("server", server.toString());
                    json.put("schemaVersion", Database.SCHEMA_VERSION);
                    json.put("firstAdministrator", administrator);
                    json.put("prepared", before == null);
                    json.put("clerksRole", clerks);
                    json.put("granted", granted);
                    json.put("readersRole", readers);
                    json.put("readersGranted", reading);
                    json.put("roleGroups", groups.stream().map(g -> Map.of("role", g.role(), "group", g.group(),
                            "granted", g.granted())).toList());
                    json.put("misfits", misfits.stream().map(m -> Map.of("user", m.user(), "problem", m.problem()))
                            .toList());
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
                    if (reading) {
                        cli.out().println("The members of role " + readers + " may read it and change nothing.");
                    }
                    printRoleGroups(cli, groups);
                    misfits.forEach(m -> cli.out().println("Settle user " + m.user() + " " + m.problem() + "."));
                }
            }
            return 0;
        }

        /** Which of Settle's roles the database enforces through a group of their own, and how to make the rest. */
        private static void printRoleGroups(CliContext cli, List<ServerGrants.RoleGroup> groups) {
            groups.stream().filter(ServerGrants.RoleGroup::granted).forEach(g -> cli.out().println("The members of"
                    + " role " + g.group() + " may write only what Settle's role " + g.role() + " allows."));
            List<ServerGrants.RoleGroup> missing = groups.stream().filter(g -> !g.granted()).toList();
            if (!missing.isEmpty()) {
                cli.out().println("For grants as fine as Settle's roles, make a group role for a Settle role (CREATE"
                        + " ROLE name NOLOGIN), put its clerks in it instead of the clerks role, and run settle"
                        + " server init again: " + String.join(", ", missing.stream().map(g -> g.role() + " ("
                        + g.group() + ")").toList()) + ".");
            }
        }
    }
}
