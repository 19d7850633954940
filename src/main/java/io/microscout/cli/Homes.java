package io.microscout.cli;

import java.nio.file.Path;

/** Where MicroScout keeps its data: --home, else $MICROSCOUT_HOME, else ~/.microscout. */
final class Homes {
    private Homes() {
    }

    static Path resolve(Path option) {
        if (option != null) {
            return option;
        }
        String env = System.getenv("MICROSCOUT_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".microscout");
    }
}
