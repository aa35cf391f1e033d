package com.settle.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Long work the clerk may stop: its progress reaches the status bar, Cancel stops it and says so. */
@ExtendWith(ApplicationExtension.class)
class StoppableWorkTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void cancelStopsTheWorkAtItsNextStepAndNeitherCallbackRuns() throws Exception {
        try (BackgroundExecutor executor = new BackgroundExecutor()) {
            CountDownLatch halfway = new CountDownLatch(1);
            AtomicBoolean stoppedByItself = new AtomicBoolean();
            AtomicReference<String> callback = new AtomicReference<>();
            WaitForAsyncUtils.asyncFx(() -> executor.runStoppable("Verifying books", (progress, canceled) -> {
                for (int i = 0; i <= 1000; i++) {
                    if (canceled.getAsBoolean()) {
                        stoppedByItself.set(true);
                        throw new IllegalStateException("stopped");
                    }
                    progress.accept(i / 1000.0);
                    if (i == 500) {
                        halfway.countDown();
                    }
                    Thread.sleep(5);
                }
                return "done";
            }, callback::set, e -> callback.set("failed"))).get(5, TimeUnit.SECONDS);
            assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> executor.progressProperty().get() >= 0.5);
            assertThat(executor.stoppableProperty().get()).as("Cancel shown while it runs").isTrue();
            WaitForAsyncUtils.asyncFx(executor::cancel).get(5, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, stoppedByItself::get);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(executor.stoppableProperty().get()).isFalse();
            assertThat(executor.busyProperty().get()).isFalse();
            assertThat(executor.noticeProperty().get()).endsWith("Verifying books was canceled; nothing was changed.");
            assertThat(callback.get()).as("neither the result nor a failure is shown").isNull();
        }
    }
}
