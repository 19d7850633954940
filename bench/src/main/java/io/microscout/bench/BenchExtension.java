package io.microscout.bench;

import io.microscout.cli.CliExtension;

/** Plugs {@code microscout bench} into the command line when this module is on the class path. */
public final class BenchExtension implements CliExtension {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public Object command() {
        return new BenchCommand();
    }
}
