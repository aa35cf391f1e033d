package com.settle.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.settle.app.AppContext;
import com.settle.store.HoldDatabase;
import com.settle.support.TestBooks;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A database already open in another process: the window says so and what to do, and the navigation stays off. */
@ExtendWith(ApplicationExtension.class)
class LockedDatabaseWindowTest {

    @TempDir
    static Path folder;
    static Process holder;

    private AppContext context;

    @BeforeAll
    static void holdTheFile() throws Exception {
        holder = HoldDatabase.start(folder.resolve("held.mv.db"));
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("open");
    }

    @AfterAll
    static void release() throws Exception {
        holder.destroyForcibly();
        holder.waitFor(30, TimeUnit.SECONDS);
    }

    @Start
    void start(Stage stage) {
        context = new AppContext(folder.resolve("held.mv.db"), false, TestBooks.CLOCK, Locale.US);
        context.start(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void showsWhyTheFileCannotBeOpened(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#openErrorLabel").tryQuery().isPresent());
        assertThat(robot.lookup("#openErrorLabel").queryLabeled().getText())
                .isEqualTo("Settle is already open on " + folder.resolve("held.mv.db")
                        + ". Close the other Settle window or command first.");
        assertThat(robot.lookup("#navigation").query().isDisabled()).isTrue();
    }
}
