package com.settle.domain.policy;

import com.settle.domain.ValidationException;
import java.util.regex.Pattern;

/**
 * What a user's name and a role's code may be, in one wording: the Settings forms mark the field with these
 * refusals as the administrator types, and the user service refuses with them.
 */
public final class UserPolicy {

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]([\\p{L}\\p{N}._@ -]{0,30}[\\p{L}\\p{N}._@-])?");
    private static final Pattern ROLE_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,31}");

    private UserPolicy() {
    }

    /** 1 to 32 letters, digits, spaces (not first or last), '.', '_', '@' or '-'; returns it trimmed. */
    public static String username(String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw new ValidationException("Username", "is required");
        }
        if (!USERNAME.matcher(name).matches()) {
            throw new ValidationException("Username", "'" + name + "' is not allowed: use 1 to 32 letters, digits,"
                    + " spaces, '.', '_', '@' or '-'");
        }
        return name;
    }

    /** A letter followed by up to 31 letters, digits, '_' or '-'; returns it trimmed. */
    public static String roleCode(String value) {
        String code = value == null ? "" : value.strip();
        if (!ROLE_CODE.matcher(code).matches()) {
            throw new ValidationException("Role", "'" + code + "' is not a role code: use a letter followed by up to"
                    + " 31 letters, digits, '_' or '-'");
        }
        return code;
    }
}
