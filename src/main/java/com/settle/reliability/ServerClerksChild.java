package com.settle.reliability;

import com.settle.domain.ServerAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A second workstation for the many-clerks test: {@code ServerClerksChild SERVER USER SECONDS CLERKS SEED REPORT
 * SCRATCH}, the password in {@code SETTLE_PASSWORD}. Runs the clerks ({@link ServerClerks}) and writes what they saw
 * to REPORT (through a temporary file, so a report is whole or absent).
 */
public final class ServerClerksChild {

    private ServerClerksChild() {
    }

    public static void main(String[] args) throws Exception {
        ServerAddress server = ServerAddress.parse("SERVER", args[0]);
        char[] password = System.getenv("SETTLE_PASSWORD").toCharArray();
        long millis = Long.parseLong(args[2]) * 1000;
        ServerClerks.Report report = new ServerClerks(server, args[1], password, Path.of(args[6]))
                .run(Integer.parseInt(args[3]), millis, Long.parseLong(args[4]));
        Path out = Path.of(args[5]);
        Path temporary = out.resolveSibling(out.getFileName() + ".tmp");
        Files.write(temporary, report.lines());
        Files.move(temporary, out, StandardCopyOption.ATOMIC_MOVE);
    }
}
