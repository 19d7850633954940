package io.microscout.cli;

/**
 * Subcommands that a module outside the app adds to {@code microscout}, found with {@link java.util.ServiceLoader}
 * (the benchmarks: the app does not depend on them, the distribution puts them on the class path).
 */
public interface CliExtension {
    /** The subcommand's name, e.g. {@code bench}. */
    String name();

    /** A picocli {@code @Command} object. */
    Object command();
}
