package com.settle.cli;

import com.settle.domain.Passwords;
import com.settle.domain.ValidationException;
import com.settle.domain.model.Permission;
import com.settle.domain.model.RoleRow;
import com.settle.domain.model.UserRow;
import com.settle.service.Services;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code settle user ...}: who may work in this database, and what their roles allow. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "List and add users, set their roles, and change what roles allow.",
        subcommands = {UserCommand.ListUsers.class, UserCommand.Add.class, UserCommand.Role.class,
            UserCommand.Activate.class, UserCommand.Deactivate.class, UserCommand.Password.class, UserCommand.Roles.class,
            UserCommand.AddRole.class, UserCommand.Grant.class, UserCommand.Revoke.class})
final class UserCommand {

    @ParentCommand
    SettleCommand root;

    /** A user subcommand. */
    abstract static class Sub extends ServiceCommand {
        @ParentCommand
        UserCommand group;

        @Override
        SettleCommand root() {
            return group.root;
        }

        void printUser(UserRow u) {
            print(user(u), List.of(line(u)));
        }
    }

    static Map<String, Object> user(UserRow u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("displayName", u.displayName());
        m.put("active", u.active());
        m.put("roles", u.roles());
        return m;
    }

    static String line(UserRow u) {
        return String.format("%-20s %-30s %-8s %s", u.username(), u.displayName(), u.active() ? "active" : "inactive",
                String.join(", ", u.roles()));
    }

    static Map<String, Object> role(RoleRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", r.code());
        m.put("name", r.name());
        m.put("permissions", r.permissions());
        return m;
    }

    static String roleLine(RoleRow r) {
        return r.code() + " (" + r.name() + "): " + (r.permissions().isEmpty() ? "no permissions"
                : String.join(", ", r.permissions()));
    }

    static Set<Permission> permissions(List<String> codes) {
        Set<Permission> result = EnumSet.noneOf(Permission.class);
        for (String c : codes) {
            try {
                result.add(Permission.fromCode(c));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("Permission", e.getMessage());
            }
        }
        return result;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every user with their roles.")
    static final class ListUsers extends Sub {
        @Override
        int run(Services s) {
            List<UserRow> users = s.users().users();
            print(users.stream().map(UserCommand::user).toList(), users.stream().map(UserCommand::line).toList());
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user with one or more roles.")
    static final class Add extends Sub {
        @Parameters(paramLabel = "USERNAME", description = "As they sign in to the operating system.")
        String username;

        @Option(names = "--display-name", paramLabel = "NAME", description = "Shown in the window and the history.")
        String displayName;

        @Option(names = "--role", paramLabel = "ROLE", required = true, description = "A role (repeat for several).")
        List<String> roles;

        @Option(names = "--new-password-file", paramLabel = "FILE", description = "On a protected file: the"
                + " new user's first password, on the first line of FILE (else asked twice).")
        String newPasswordFile;

        @Override
        int run(Services s) {
            if (s.isProtected()) {
                // Asked before anything is saved, so a refused password leaves no user without one.
                char[] password = root().context().passwords().newPassword("--new-password-file",
                        newPasswordFile, username);
                Passwords.check("Password", password);
                UserRow added = s.users().addUser(username, displayName, roles);
                s.users().setPassword(added.username(), password);
                printUser(added);
            } else {
                printUser(s.users().addUser(username, displayName, roles));
            }
            return 0;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true, description = {"Set the password a user signs"
            + " in with (protected files only).", "Your own, or, as an administrator, anyone's."})
    static final class Password extends Sub {
        @Parameters(paramLabel = "USERNAME", arity = "0..1", description = "Whose password (default: yours).")
        String username;

        @Option(names = "--new-password-file", paramLabel = "FILE",
                description = "The new password, on the first line of FILE (else asked twice).")
        String newPasswordFile;

        @Override
        int run(Services s) {
            String who = username == null ? s.user().username() : username;
            s.users().setPassword(who, root().context().passwords().newPassword("--new-password-file",
                    newPasswordFile, who));
            print(Map.of("username", who, "passwordSet", true), List.of("new password set for " + who));
            return 0;
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Set a user's roles (replacing theirs).")
    static final class Role extends Sub {
        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "ROLE")
        List<String> roles;

        @Override
        int run(Services s) {
            printUser(s.users().setRoles(username, roles));
            return 0;
        }
    }

    @Command(name = "activate", mixinStandardHelpOptions = true, description = "Let a user work again.")
    static final class Activate extends Sub {
        @Parameters(paramLabel = "USERNAME")
        String username;

        @Override
        int run(Services s) {
            printUser(s.users().setActive(username, true));
            return 0;
        }
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true,
            description = "Stop a user from working (their history stays).")
    static final class Deactivate extends Sub {
        @Parameters(paramLabel = "USERNAME")
        String username;

        @Override
        int run(Services s) {
            printUser(s.users().setActive(username, false));
            return 0;
        }
    }

    @Command(name = "roles", mixinStandardHelpOptions = true, description = "Every role and what it allows.")
    static final class Roles extends Sub {
        @Override
        int run(Services s) {
            List<RoleRow> roles = s.users().roles();
            print(roles.stream().map(UserCommand::role).toList(), roles.stream().map(UserCommand::roleLine).toList());
            return 0;
        }
    }

    @Command(name = "add-role", mixinStandardHelpOptions = true, description = "Add a role.")
    static final class AddRole extends Sub {
        @Parameters(paramLabel = "ROLE")
        String code;

        @Option(names = "--name", paramLabel = "NAME")
        String name;

        @Option(names = "--permission", paramLabel = "PERMISSION", description = "A permission (repeat for several).")
        List<String> permissions = new ArrayList<>();

        @Override
        int run(Services s) {
            RoleRow r = s.users().addRole(code, name, permissions(permissions));
            print(role(r), List.of(roleLine(r)));
            return 0;
        }
    }

    /** Grant or revoke: a role and the permissions it gains or loses, in one transaction. */
    abstract static class PermissionChange extends Sub {
        @Parameters(index = "0", paramLabel = "ROLE")
        String role;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "PERMISSION")
        List<String> permissions;

        abstract boolean granting();

        @Override
        int run(Services s) {
            Set<Permission> these = permissions(permissions);
            RoleRow r = s.users().changePermissions(role, granting() ? these : Set.of(),
                    granting() ? Set.of() : these);
            print(role(r), List.of(roleLine(r)));
            return 0;
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true, description = "Let a role do more.")
    static final class Grant extends PermissionChange {
        @Override
        boolean granting() {
            return true;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Let a role do less.")
    static final class Revoke extends PermissionChange {
        @Override
        boolean granting() {
            return false;
        }
    }
}
