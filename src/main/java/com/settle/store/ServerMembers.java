package com.settle.store;

import com.settle.domain.model.UserRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;

/**
 * Whether each of the company's active users can work on a team server as Settle's roles say: a login of the same
 * name that is a member of the group of one of their Settle roles, or of the company's clerks or readers role. What
 * does not fit is told to whoever runs {@code settle server init}, who can put it right with one GRANT.
 */
public final class ServerMembers {

    /** A user whose sign-in does not fit their Settle roles, and what whoever runs the server can do. */
    public record Misfit(String user, String problem) {
    }

    private ServerMembers() {
    }

    /** The active users whose sign-in the server would refuse, or whose groups are not those of their roles. */
    public static List<Misfit> misfits(DSLContext dsl, String database) {
        List<Misfit> misfits = new ArrayList<>();
        Set<String> roleGroups = new UserRepository().roles(dsl).stream()
                .map(r -> ServerGrants.roleGroup(database, r.code())).collect(Collectors.toSet());
        List<String> companyGroups = Stream.concat(Stream.of(ServerGrants.clerksRole(database),
                ServerGrants.readersRole(database)), roleGroups.stream().sorted())
                .filter(g -> ServerGrants.roleExists(dsl, g)).toList();
        for (UserRow user : new UserRepository().users(dsl)) {
            if (!user.active()) {
                continue;
            }
            String login = user.username();
            if (!ServerGrants.roleExists(dsl, login)) {
                misfits.add(new Misfit(login, "has no login on the server (CREATE ROLE " + login + " LOGIN PASSWORD"
                        + " '…')"));
                continue;
            }
            if (isOwner(dsl, login)) {
                continue;
            }
            List<String> in = companyGroups.stream().filter(g -> member(dsl, login, g)).toList();
            List<String> own = user.roles().stream().map(r -> ServerGrants.roleGroup(database, r))
                    .filter(companyGroups::contains).toList();
            if (in.isEmpty()) {
                misfits.add(new Misfit(login, "is in none of the company's groups, so the server lets them read"
                        + " nothing (GRANT " + (own.isEmpty() ? ServerGrants.clerksRole(database) : own.get(0))
                        + " TO " + login + ")"));
            } else {
                in.stream().filter(roleGroups::contains).filter(g -> !own.contains(g)).forEach(g -> misfits.add(
                        new Misfit(login, "is in " + g + ", which is not the group of their Settle role ("
                                + String.join(", ", user.roles()) + ")")));
            }
        }
        return misfits;
    }

    private static boolean isOwner(DSLContext dsl, String login) {
        return Boolean.TRUE.equals(dsl.fetchValue("SELECT pg_has_role(?, d.datdba, 'MEMBER') OR r.rolsuper FROM"
                + " pg_database d, pg_roles r WHERE d.datname = current_database() AND r.rolname = ?", login, login));
    }

    private static boolean member(DSLContext dsl, String login, String group) {
        return Boolean.TRUE.equals(dsl.fetchValue("SELECT pg_has_role(?, ?, 'MEMBER')", login, group));
    }
}
