package com.settle.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The launch benchmark's raw baseline: the smallest JavaFX window, started the same way as Settle. */
public final class HelloFx {

    private HelloFx() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window; a nested class so the launcher does not ask for JavaFX modules (as with Settle's Main). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Hello"), 320, 200));
            stage.setOnShown(e -> Platform.runLater(() -> {
                System.out.println("first frame " + (System.currentTimeMillis()
                        - ManagementFactory.getRuntimeMXBean().getStartTime()));
                System.out.flush();
                Platform.exit();
            }));
            stage.show();
        }
    }
}
