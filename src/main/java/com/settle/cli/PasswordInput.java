package com.settle.cli;

import com.settle.domain.ValidationException;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where the command line gets a password: a file named by an option (its first line), the
 * {@code SETTLE_PASSWORD} environment variable, or the terminal, asked without echo.
 */
final class PasswordInput {

    static final String ENV = "SETTLE_PASSWORD";

    private final Map<String, String> env;
    private final Supplier<Console> console;

    PasswordInput(Map<String, String> env, Supplier<Console> console) {
        this.env = env;
        this.console = console;
    }

    /** The sign-in password: {@code --password-file}, else {@code SETTLE_PASSWORD}, else asked; null when none. */
    char[] signIn(String passwordFile, String user) {
        if (passwordFile != null) {
            return fromFile("--password-file", passwordFile);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        Console c = console.get();
        return c == null ? null : c.readPassword("Password for %s: ", user);
    }

    /** A new password: from the option's file, else asked twice on the terminal. */
    char[] newPassword(String option, String file, String user) {
        if (file != null) {
            return fromFile(option, file);
        }
        Console c = console.get();
        if (c == null) {
            throw new ValidationException(option, "is required when no terminal can ask for " + user
                    + "'s new password");
        }
        char[] first = c.readPassword("New password for %s: ", user);
        char[] again = c.readPassword("The same password again: ");
        if (first == null || !Arrays.equals(first, again)) {
            throw new ValidationException("Password", "the two entries differ; nothing was changed");
        }
        return first;
    }

    /** The first line of a file, without its line end. */
    static char[] fromFile(String option, String file) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new ValidationException(option, "'" + file + "' is not a file");
        }
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
        } catch (IOException e) {
            throw new ValidationException(option, "cannot read '" + file + "': " + e.getMessage());
        }
    }
}
