package io.microscout.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log level of a command. slf4j-simple reads {@code simplelogger.properties} (errors only, on stderr, so
 * the libraries' chatter stays out of a user's terminal and out of output piped to a file); {@code --verbose}
 * raises the level to info before the first logger exists. A level given with
 * {@code -Dorg.slf4j.simpleLogger.defaultLogLevel} wins. Lucene logs through java.util.logging (its notes on the
 * JDK's vector and memory-mapping support), so that root logger gets the same treatment: errors only, info with
 * {@code --verbose}.
 */
final class Logs {
    private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Logs() {}

    static void configure(boolean verbose) {
        if (verbose && System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, "info");
        }
        if (System.getProperty("java.util.logging.config.file") == null) {
            Logger.getLogger("").setLevel(verbose ? Level.INFO : Level.SEVERE);
        }
    }
}
