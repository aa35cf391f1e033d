package com.settle.service;

import com.settle.domain.model.Permission;
import java.util.EnumSet;
import java.util.Set;

/** Who is working, and what their roles allow. Services check it before changing anything. */
public record UserContext(long userId, String username, String displayName, Set<Permission> permissions) {

    public UserContext {
        permissions = permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** @throws ServiceException when the user's roles do not grant {@code permission} */
    public void require(Permission permission, String action) {
        if (!may(permission)) {
            throw new ServiceException("You (" + username + ") may not " + action
                    + ". Ask an administrator to give your role the " + named(permission) + " permission.");
        }
    }

    /** Why an action needing {@code permission} is unavailable, or "" when it is available: for tooltips. */
    public String whyNot(Permission permission) {
        return may(permission) ? "" : "Needs the " + named(permission) + " permission, which "
                + username + "'s roles do not grant. An administrator can add it in Settings > Users and roles.";
    }

    private static String named(Permission permission) {
        return "\u201c" + permission.label() + "\u201d (" + permission.name() + ")";
    }
}
