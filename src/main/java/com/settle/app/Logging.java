package com.settle.app;

import java.nio.file.Path;

/** Points the log file (logback.xml) at the data folder before the first logger is made. */
final class Logging {

    static final String LOG_DIR = "settle.log.dir";

    private Logging() {
    }

    static void configure(Path dataFolder) {
        if (System.getProperty(LOG_DIR) == null) {
            System.setProperty(LOG_DIR, dataFolder.toString());
        }
    }
}
