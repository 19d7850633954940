package io.microscout.cli;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds only the part of the command tree a run uses. picocli inspects every option of every command it is given
 * (reflection over ~100 classes: most of the CPU of {@code --help}, measured with JFR, docs/speed.md); a run
 * needs the command it names in full, and the others only as a name and a description in the top-level help.
 */
final class CommandTree {
    private CommandTree() {}

    /**
     * The top-level commands these arguments name: the first argument that is not an option, and after
     * {@code help} the command it asks about. Empty for {@code --help}, {@code --version} and no arguments.
     */
    static Predicate<String> namedBy(String... args) {
        Set<String> named = new HashSet<>();
        for (String a : args) {
            if (a.startsWith("-")) {
                continue;
            }
            named.add(a);
            if (!a.equals("help") || named.size() > 1) {
                break;
            }
        }
        return named::contains;
    }

    /** Adds {@code command} in full when {@code inspect} names it, else as its name and description only. */
    static void add(CommandLine top, Class<?> command, Predicate<String> inspect) {
        Command a = command.getAnnotation(Command.class);
        top.addSubcommand(a.name(), inspect.test(a.name()) ? command : listed(a), a.aliases());
    }

    static void add(CommandLine top, CliExtension extension, Predicate<String> inspect) {
        if (inspect.test(extension.name())) {
            top.addSubcommand(extension.name(), extension.command());
            return;
        }
        Command a = extension.command().getClass().getAnnotation(Command.class);
        top.addSubcommand(extension.name(), a == null ? CommandSpec.create() : listed(a));
    }

    /** A command as --help lists it: name, header and description; never run (the run names another command). */
    private static CommandSpec listed(Command a) {
        CommandSpec spec = CommandSpec.create();
        spec.usageMessage().header(a.header()).description(a.description());
        return spec;
    }
}
