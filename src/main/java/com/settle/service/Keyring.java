package com.settle.service;

import com.settle.domain.Passwords;
import com.settle.store.keys.FileKey;
import com.settle.store.keys.KeysFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passwords of a protected file, while it is open: each user's copy of the file key in the keys file.
 * Changing one rewrites only the keys file, never the company file.
 */
public final class Keyring {

    private static final Logger LOG = LoggerFactory.getLogger(Keyring.class);

    private final Path keysFile;
    private final FileKey key;

    Keyring(Path keysFile, FileKey key) {
        this.keysFile = keysFile;
        this.key = key;
    }

    public FileKey key() {
        return key;
    }

    /** The users who can sign in. */
    public List<String> users() {
        return Protection.read(keysFile).map(KeysFile::users).orElse(List.of());
    }

    /** Gives {@code username} a password (new, or in place of the old one). */
    void setPassword(String username, char[] password) {
        Passwords.check("Password", password);
        KeysFile now = Protection.read(keysFile).orElse(KeysFile.empty());
        write(now.with(username, password, key));
    }

    /** Takes away {@code username}'s password: they can no longer sign in. */
    void remove(String username) {
        Protection.read(keysFile).ifPresent(k -> write(k.without(username)));
    }

    private void write(KeysFile k) {
        try {
            k.write(keysFile);
        } catch (IOException e) {
            LOG.error("Could not write {}", keysFile, e);
            throw new ServiceException("Could not save the password in " + keysFile + ": " + e.getMessage()
                    + ". Nothing was changed.", e);
        }
    }
}
