package com.settle.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a team's company lives: a PostgreSQL server and one database on it, written
 * {@code postgresql://host:port/database} (the port may be left out: 5432). A user name or password never goes in
 * the address: each clerk signs in with their own.
 */
public record ServerAddress(String host, int port, String database) {

    /** PostgreSQL's own port, when the address names none. */
    public static final int DEFAULT_PORT = 5432;

    private static final Pattern FORM = Pattern.compile(
            "(?i)postgres(?:ql)?://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._-]+)(?::([0-9]{1,5}))?/([A-Za-z0-9_][A-Za-z0-9_$-]{0,62})/?");

    /**
     * Reads an address typed by a clerk or given on the command line.
     *
     * @param field the field or argument it came from, for the message
     * @throws ValidationException naming the field and what is wrong, with the form expected
     */
    public static ServerAddress parse(String field, String text) {
        String t = text == null ? "" : text.strip();
        String form = "; write it as postgresql://host:port/database, for example postgresql://books.example.com:5432/settle.";
        if (t.isEmpty()) {
            throw new ValidationException(field, "is empty" + form);
        }
        if (t.contains("@")) {
            throw new ValidationException(field, "holds a user name: leave it out of the address and sign in with your"
                    + " own user name and password" + form.substring(1));
        }
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new ValidationException(field, "is not a server address" + form);
        }
        int port = DEFAULT_PORT;
        if (m.group(2) != null) {
            port = Integer.parseInt(m.group(2));
            if (port < 1 || port > 65_535) {
                throw new ValidationException(field, "names port " + port + ", which no server can have: a port is"
                        + " 1 to 65535 (PostgreSQL's own is 5432).");
            }
        }
        return new ServerAddress(m.group(1), port, m.group(3));
    }

    /** The address as a clerk writes it. */
    @Override
    public String toString() {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** The address as the JDBC driver takes it. */
    public String jdbcUrl() {
        return "jdbc:" + toString();
    }
}
