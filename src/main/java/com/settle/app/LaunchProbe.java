package com.settle.app;

import com.settle.service.Services;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;

/**
 * For {@code settle bench --launch-only}: with {@code -Dsettle.launch.probe}, prints when the first frame is
 * up and when the window can be used, in milliseconds since the JVM started ({@code =exit}: then quits).
 */
final class LaunchProbe {

    static final String PROPERTY = "settle.launch.probe";

    private LaunchProbe() {
    }

    static void attach(Stage stage, ObservableValue<Services> services) {
        String probe = System.getProperty(PROPERTY);
        if (probe == null) {
            return;
        }
        stage.setOnShown(e -> Platform.runLater(() -> System.out.println("first frame " + sinceJvmStart())));
        services.addListener((o, a, b) -> {
            if (b != null) {
                System.out.println("interactive " + sinceJvmStart());
                System.out.flush();
                if ("exit".equals(probe)) {
                    Platform.exit();
                }
            }
        });
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
