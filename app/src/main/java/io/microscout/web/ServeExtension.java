package io.microscout.web;

import io.microscout.cli.CliExtension;

/**
 * Plugs {@code microscout serve} into the command line. The server reuses the CLI's JSON writers, so it depends on
 * {@code cli}; the command line finds it through the {@link CliExtension} service, so {@code cli} does not depend
 * back on the server.
 */
public final class ServeExtension implements CliExtension {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public Object command() {
        return new ServeCommand();
    }
}
