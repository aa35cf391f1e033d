package com.settle.support;

import com.settle.store.Database;
import com.settle.service.Transactions;
import com.settle.store.UserRepository;
import java.util.List;

/**
 * The two people most tests work as: {@code admin}, an Administrator, and {@code clerk}, a Clerk. A new
 * company file has no such users (only whoever works on it); a test that wants roles adds them, as an
 * administrator of a protected file would.
 */
public final class TestUsers {

    private TestUsers() {
    }

    /** Adds {@code admin} and {@code clerk} unless they are there. */
    public static void addAdminAndClerk(Database database) {
        UserRepository users = new UserRepository();
        Transactions tx = new Transactions(database.dsl());
        // Only a write when they are missing: a write transaction also extends the history chain.
        if (tx.read(t -> users.find(t, "admin").isPresent() && users.find(t, "clerk").isPresent())) {
            return;
        }
        tx.inTransaction(t -> {
            if (users.find(t, "admin").isEmpty()) {
                users.setRoles(t, users.insertUser(t, "admin", "Administrator"), List.of("Administrator"));
            }
            if (users.find(t, "clerk").isEmpty()) {
                users.setRoles(t, users.insertUser(t, "clerk", "Finance clerk"), List.of("Clerk"));
            }
            return null;
        });
    }

    /** Adds {@code name} as an Administrator unless that user is there (the test server's own login, say). */
    public static void addAdministrator(Database database, String name) {
        UserRepository users = new UserRepository();
        Transactions tx = new Transactions(database.dsl());
        if (tx.read(t -> users.find(t, name).isPresent())) {
            return;
        }
        tx.inTransaction(t -> {
            users.setRoles(t, users.insertUser(t, name, name), List.of("Administrator"));
            return null;
        });
    }
}
