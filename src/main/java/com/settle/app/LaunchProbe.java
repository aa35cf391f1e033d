package com.settle.app;

import com.settle.service.Services;
import com.settle.ui.signin.SignInViewModel;
import java.lang.management.ManagementFactory;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;

/**
 * For {@code settle bench --launch-only}: with {@code -Dsettle.launch.probe}, prints when the first frame is
 * up and when the window can be used, in milliseconds since the JVM started ({@code =exit}: then quits).
 */
final class LaunchProbe {

    static final String PROPERTY = "settle.launch.probe";
    /** The environment variable the probe signs in with (the command line's own). */
    static final String PASSWORD = "SETTLE_PASSWORD";

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

    /**
     * For the launch benchmark on a protected file: with the probe on and {@code SETTLE_PASSWORD} set, signs in
     * at once with that password (as a clerk typing it would) and reports how long the key derivation took,
     * so that the benchmark can tell the derivation (slow on purpose) from the rest of the launch.
     */
    static boolean signInAtOnce(SignInViewModel model, DatabaseSession session, Consumer<Services> opened) {
        String password = System.getenv(PASSWORD);
        if (System.getProperty(PROPERTY) == null || password == null) {
            return false;
        }
        model.passwordProperty().set(password);
        model.signIn(services -> {
            System.out.println("derivation " + session.lastDerivationMillis());
            System.out.flush();
            opened.accept(services);
        });
        return true;
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
