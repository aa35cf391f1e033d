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
                    + ". Ask an administrator to give your role the " + permission + " permission.");
        }
    }
}
