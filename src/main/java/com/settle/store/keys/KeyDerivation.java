package com.settle.store.keys;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Turns a password into the key that unwraps a user's copy of the file key: Argon2id (Bouncy Castle), slow
 * and memory-hard on purpose so that guessing passwords from a stolen file costs real time per guess.
 * The cost is kept with each wrapped key, so it can be raised later without locking anyone out.
 */
public record KeyDerivation(int memoryKiB, int iterations, int parallelism) {

    /** Today's cost: 64 MiB, 6 passes, one lane (about 0.3 to 0.5 s on the development machine; see docs/performance.md). */
    public static final KeyDerivation DEFAULT = new KeyDerivation(64 * 1024, 6, 1);

    public KeyDerivation {
        if (memoryKiB < 8 * 1024 || iterations < 1 || parallelism < 1 || parallelism > 16) {
            throw new IllegalArgumentException("key derivation cost too low or out of range");
        }
    }

    /** A 256-bit key from the password and a salt. */
    public byte[] derive(char[] password, byte[] salt) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] secret = new byte[encoded.remaining()];
        encoded.get(secret);
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memoryKiB)
                    .withIterations(iterations).withParallelism(parallelism).build());
            byte[] key = new byte[32];
            generator.generateBytes(secret, key);
            return key;
        } finally {
            Arrays.fill(secret, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }

    /** As kept in the keys file: {@code m=65536,t=3,p=1}. */
    String text() {
        return "m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism;
    }

    static KeyDerivation parse(String text) {
        int m = 0;
        int t = 0;
        int p = 0;
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            int v = Integer.parseInt(kv[1].strip());
            switch (kv[0].strip()) {
                case "m" -> m = v;
                case "t" -> t = v;
                case "p" -> p = v;
                default -> throw new IllegalArgumentException("unknown key derivation setting " + kv[0]);
            }
        }
        return new KeyDerivation(m, t, p);
    }
}
