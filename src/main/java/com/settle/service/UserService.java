package com.settle.service;

import com.settle.domain.Text;
import com.settle.domain.ValidationException;
import com.settle.domain.model.Permission;
import com.settle.domain.model.RoleRow;
import com.settle.domain.model.UserRow;
import com.settle.domain.policy.UserPolicy;
import com.settle.store.SettingsRepository;
import com.settle.store.ServerGrants;
import com.settle.store.UserRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * Settings &gt; Users and roles: who may work in this database and what each role allows. Every change
 * needs {@link Permission#USERS_MANAGE} and is refused when it would leave no active user able to
 * manage users (nobody could undo it).
 */
public final class UserService {

    /** The setting that records that the first run made its user an administrator. */
    static final String FIRST_USER = "first_user";
    static final String ADMINISTRATOR = "Administrator";

    private final Transactions tx;
    private final UserRepository users;
    private final UserContext user;
    private final Keyring keyring;

    private final boolean singlePerson;

    /** @param singlePerson whether this is the one person of an unprotected file (nobody else signs in) */
    UserService(Transactions tx, UserRepository users, UserContext user, Keyring keyring, boolean singlePerson) {
        this.tx = tx;
        this.users = users;
        this.user = user;
        this.keyring = keyring;
        this.singlePerson = singlePerson;
    }

    /**
     * Sets the password {@code username} signs in with. Users change their own; an administrator (Manage
     * users and roles) sets anyone's, for example a new user's first one. Only the keys file changes.
     */
    public void setPassword(String username, char[] password) {
        String name = username(username);
        if (!name.equals(user.username())) {
            user.require(Permission.USERS_MANAGE, "set another user's password");
        }
        if (keyring == null) {
            throw new ServiceException("This company file is not protected, so nobody signs in to it and there"
                    + " are no passwords. Protect it first (Settings > Security, or settle protect).");
        }
        tx.read(t -> users.findActive(t, name)).orElseThrow(() -> new ValidationException("Username", "'" + name
                + "' is not an active user of this database"));
        keyring.setPassword(name, password);
    }

    /** Whether {@code username} has a password (can sign in); false for every user of an unprotected file. */
    public boolean hasPassword(String username) {
        return keyring != null && keyring.users().contains(username);
    }

    /**
     * Makes {@code username} an active administrator, adding the user when needed: the person who protects
     * a file must be able to manage it afterwards.
     */
    public UserRow ensureAdministrator(String username) {
        user.require(Permission.USERS_MANAGE, "manage users");
        String name = username(username);
        return tx.inTransaction(t -> {
            var existing = users.find(t, name);
            long id = existing.isPresent() ? users.idOf(t, name) : users.insertUser(t, name, name);
            Set<String> roles = new TreeSet<>(existing.map(UserRow::roles).orElse(List.of()));
            roles.add(ADMINISTRATOR);
            users.setRoles(t, id, roles);
            users.setActive(t, id, true);
            return users.find(t, name).orElseThrow();
        });
    }

    /** Who the database's first administrator is (who opened it first); empty before anyone has. */
    public static Optional<String> firstUser(Transactions tx) {
        return tx.read(t -> new SettingsRepository().get(t, FIRST_USER));
    }

    /**
     * On the first run over a database, makes the operating-system user an active administrator (creating
     * it if needed) and remembers that this happened; later runs leave users to the administrators.
     */
    public static void firstRun(Transactions tx, String osUser) {
        String username = username(osUser);
        UserRepository users = new UserRepository();
        SettingsRepository settings = new SettingsRepository();
        tx.inTransaction(t -> {
            if (settings.get(t, FIRST_USER).isPresent()) {
                return null;
            }
            var existing = users.find(t, username);
            if (existing.isEmpty()) {
                long id = users.insertUser(t, username, username);
                users.setRoles(t, id, List.of(ADMINISTRATOR));
            } else if (!existing.get().roles().contains(ADMINISTRATOR) || !existing.get().active()) {
                Set<String> roles = new TreeSet<>(existing.get().roles());
                roles.add(ADMINISTRATOR);
                long id = users.idOf(t, username);
                users.setRoles(t, id, roles);
                users.setActive(t, id, true);
            }
            settings.put(t, FIRST_USER, username);
            return null;
        });
    }

    /**
     * An unprotected file is worked on by one person, the operating-system user: makes sure that user is there
     * and active (history carries their name), without touching anyone's roles.
     */
    static void singlePerson(Transactions tx, String osUser) {
        String username = username(osUser);
        UserRepository users = new UserRepository();
        boolean ready = tx.read(t -> users.find(t, username).map(UserRow::active).orElse(false));
        if (ready) {
            return;
        }
        tx.inTransaction(t -> {
            var existing = users.find(t, username);
            if (existing.isEmpty()) {
                users.insertUser(t, username, username);
            } else {
                users.setActive(t, users.idOf(t, username), true);
            }
            return null;
        });
    }

    public List<UserRow> users() {
        return tx.read(users::users);
    }

    public List<RoleRow> roles() {
        return tx.read(users::roles);
    }

    /** Adds an active user with the given roles; returns the stored row. */
    public UserRow addUser(String username, String displayName, Collection<String> roles) {
        user.require(Permission.USERS_MANAGE, "manage users");
        String name = username(username);
        String display = Text.optional("Display name", displayName, 100);
        return tx.inTransaction(t -> {
            if (users.find(t, name).isPresent()) {
                throw new ValidationException("Username", "'" + name + "' is already taken");
            }
            if (singlePerson) {
                throw new ServiceException("This company file is not protected, so nobody signs in to it: " + name
                        + " would have no password and no role of their own. Protect it first (close Settle and"
                        + " run settle protect), then add users, each with a password. Nothing was changed.");
            }
            long id = users.insertUser(t, name, display == null ? name : display);
            users.setRoles(t, id, knownRoles(t, roles));
            return users.find(t, name).orElseThrow();
        });
    }

    /** Replaces a user's roles. */
    public UserRow setRoles(String username, Collection<String> roles) {
        user.require(Permission.USERS_MANAGE, "manage users");
        return tx.inTransaction(t -> {
            UserRow row = existing(t, username);
            users.setRoles(t, users.idOf(t, row.username()), knownRoles(t, roles));
            keepAManager(t);
            return users.find(t, row.username()).orElseThrow();
        });
    }

    /** Lets a user work again, or stops them (their history stays, signed with their name). */
    public UserRow setActive(String username, boolean active) {
        user.require(Permission.USERS_MANAGE, "manage users");
        UserRow changed = tx.inTransaction(t -> {
            UserRow row = existing(t, username);
            users.setActive(t, users.idOf(t, row.username()), active);
            keepAManager(t);
            return users.find(t, row.username()).orElseThrow();
        });
        if (!active && keyring != null) {
            // A deactivated user's password opens nothing any more.
            keyring.remove(changed.username());
        }
        return changed;
    }

    /** Adds a role with the given permissions. */
    public RoleRow addRole(String code, String name, Collection<Permission> permissions) {
        user.require(Permission.USERS_MANAGE, "manage roles");
        String c = UserPolicy.roleCode(code);
        String n = Text.optional("Role name", name, 100);
        return tx.inTransaction(t -> {
            if (users.roles(t).stream().anyMatch(r -> r.code().equalsIgnoreCase(c))) {
                throw new ValidationException("Role", "'" + c + "' already exists");
            }
            users.insertRole(t, c, n == null ? c : n);
            users.setPermissions(t, c, codes(permissions));
            return followed(t, c);
        });
    }

    /** Replaces what a role allows. */
    public RoleRow setPermissions(String role, Collection<Permission> permissions) {
        user.require(Permission.USERS_MANAGE, "manage roles");
        return tx.inTransaction(t -> {
            String code = knownRoles(t, List.of(role)).get(0);
            users.setPermissions(t, code, codes(permissions));
            keepAManager(t);
            return followed(t, code);
        });
    }

    /** Adds and removes permissions of a role in one transaction (what {@code user grant|revoke} do). */
    public RoleRow changePermissions(String role, Collection<Permission> grant, Collection<Permission> revoke) {
        user.require(Permission.USERS_MANAGE, "manage roles");
        return tx.inTransaction(t -> {
            String code = knownRoles(t, List.of(role)).get(0);
            Set<String> now = new TreeSet<>(role(t, code).permissions());
            grant.forEach(p -> now.add(p.name()));
            revoke.forEach(p -> now.remove(p.name()));
            users.setPermissions(t, code, now);
            keepAManager(t);
            return followed(t, code);
        });
    }

    private static List<String> codes(Collection<Permission> permissions) {
        Set<String> sorted = new TreeSet<>();
        permissions.forEach(p -> sorted.add(p.name()));
        return List.copyOf(sorted);
    }

    /** The role as it now stands; on a team server its group's grants follow when this sign-in may grant them. */
    private RoleRow followed(DSLContext t, String code) {
        RoleRow now = role(t, code);
        ServerGrants.follow(t, now);
        return now;
    }

    private RoleRow role(DSLContext t, String code) {
        return users.roles(t).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private UserRow existing(DSLContext t, String username) {
        String name = username == null ? "" : username.strip();
        return users.find(t, name).orElseThrow(() -> new ValidationException("Username", "'" + name
                + "' is not a user of this database"));
    }

    /** The roles' stored codes (matched case-insensitively); refuses unknown ones, naming the known ones. */
    private List<String> knownRoles(DSLContext t, Collection<String> roles) {
        List<RoleRow> known = users.roles(t);
        Set<String> result = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String r : roles) {
            known.stream().filter(k -> k.code().equalsIgnoreCase(r.strip())).findFirst()
                    .ifPresentOrElse(k -> result.add(k.code()), () -> unknown.add(r));
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException("Role", "'" + String.join("', '", unknown) + "' is not a role; roles: "
                    + String.join(", ", known.stream().map(RoleRow::code).toList()));
        }
        return List.copyOf(result);
    }

    private void keepAManager(DSLContext t) {
        if (users.activeHolders(t, Permission.USERS_MANAGE.name()) == 0) {
            throw new ServiceException("That would leave no active user who may manage users and roles, and"
                    + " nobody could undo it. Nothing was changed; give another active user the Administrator"
                    + " role first.");
        }
    }

    /** A checked username (the domain's rule). */
    static String username(String value) {
        return UserPolicy.username(value);
    }
}
