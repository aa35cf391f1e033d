package com.settle.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash loop in {@code mvn verify} (after the jar is packaged, so the children start from it with
 * class-data sharing): 200 SIGKILLs of child JVMs running random use cases, in two lanes. Every operation
 * a child reported committed must be there after each kill, and Verify books must find nothing.
 */
class CrashLoopIT {

    @TempDir
    Path folder;

    @Test
    void twoHundredKillsLoseNothingAndLeaveNoHalfStoredUseCase() throws Exception {
        int kills = Integer.getInteger("settle.crash.kills", 200);
        Path jar = Path.of(System.getProperty("settle.jar", "target/settle.jar"));
        assertThat(jar).exists();
        CrashLoop.Report report = new CrashLoop(folder, 20261124L, 100, 700, jar.toString())
                .run(kills, 2, System.out::println);
        System.out.println(report);
        assertThat(Files.exists(folder.resolve("children.jsa"))).as("class-data sharing archive").isTrue();
        assertThat(report.problems()).isEmpty();
        assertThat(report.lost()).isZero();
        assertThat(report.partial()).isZero();
        assertThat(report.kills()).isEqualTo(kills);
        // The children did real work: operations were committed and every kind of history grew.
        assertThat(report.committed()).isGreaterThan(kills);
        for (String table : new String[] {"applications", "unapplications", "refunds", "adjustments",
                "canceled_adjustments", "import_batches", "undone_batches"}) {
            assertThat(report.finalBooks().counts().get(table)).as(table).isPositive();
        }
    }
}
