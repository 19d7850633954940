package io.microscout.cli.connectors;

import io.microscout.app.ConnectorServices;
import io.microscout.app.MicroScout;
import io.microscout.cli.common.CatalogOptions;
import io.microscout.connector.WorkspaceLabel;
import io.microscout.connector.platforms.Connectors;
import io.microscout.creator.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code credentials set|list|remove}: the platforms' credentials of a workspace, sealed at rest, never shown. */
@Command(
        name = "credentials",
        mixinStandardHelpOptions = true,
        subcommands = {CredentialsCommand.Set.class, CredentialsCommand.Remove.class},
        description = "Lists the workspace's platform credentials (platform, account, when set; never the secret).")
public final class CredentialsCommand implements Callable<Integer> {
    @Mixin
    CatalogOptions catalog;

    @Option(names = "--workspace", paramLabel = "W", description = "the workspace (name or id); default the home")
    String workspace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (MicroScout app = catalog.open()) {
            ConnectorServices s = new ConnectorServices(app);
            WorkspaceLabel ws = s.workspace(workspace);
            var listed = s.credentials().list(ws.id());
            if (listed.isEmpty()) {
                spec.commandLine()
                        .getOut()
                        .println("no credentials for " + ws
                                + " (set one with: microscout credentials set PLATFORM --token-file FILE)");
            }
            for (var c : listed) {
                spec.commandLine()
                        .getOut()
                        .printf(
                                "%-10s %-22s set %s%n",
                                c.platform().id(), c.account() == null ? "-" : "account " + c.account(), c.setAt());
            }
            return 0;
        }
    }

    @Command(
            name = "set",
            mixinStandardHelpOptions = true,
            description = "Stores a platform credential for the workspace, encrypted with the home's key"
                    + " (MICROSCOUT_SECRET_KEY, else HOME/keys/secret.key, owner-only). The token is read from a file,"
                    + " so it is in no shell history.")
    static final class Set implements Callable<Integer> {
        @Mixin
        CatalogOptions catalog;

        @Parameters(index = "0", paramLabel = "PLATFORM", description = "instagram, youtube or tiktok")
        String platform;

        @Option(
                names = "--token-file",
                required = true,
                paramLabel = "FILE",
                description = "a file holding the token or key")
        Path tokenFile;

        @Option(
                names = "--account",
                paramLabel = "ID",
                description = "instagram: the business account id (IG user id) the token acts as")
        String account;

        @Option(names = "--workspace", paramLabel = "W", description = "the workspace (name or id); default the home")
        String workspace;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Platform p = ConnectorServices.platform(platform);
            if (p == Platform.INSTAGRAM && (account == null || account.isBlank())) {
                throw new IllegalArgumentException("instagram needs --account IG_USER_ID: the business account"
                        + " whose token this is (business discovery runs as that account)");
            }
            if (!Files.isRegularFile(tokenFile)) {
                throw new java.nio.file.NoSuchFileException(tokenFile.toString());
            }
            String secret = Files.readString(tokenFile).strip();
            if (secret.isEmpty() || secret.lines().count() > 1) {
                throw new IllegalArgumentException(tokenFile + ": expected the token alone on one line");
            }
            try (MicroScout app = catalog.open()) {
                ConnectorServices s = new ConnectorServices(app);
                WorkspaceLabel ws = s.workspace(workspace);
                s.credentials().set(ws.id(), p, account, secret, app.clock().instant());
                spec.commandLine()
                        .getOut()
                        .println("stored the " + p.id() + " credential of " + ws + " ("
                                + Connectors.CREDENTIALS.get(p.id()) + "), encrypted");
            }
            return 0;
        }
    }

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Deletes the workspace's credential of a platform.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        CatalogOptions catalog;

        @Parameters(index = "0", paramLabel = "PLATFORM")
        String platform;

        @Option(names = "--workspace", paramLabel = "W")
        String workspace;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Platform p = ConnectorServices.platform(platform);
            try (MicroScout app = catalog.open()) {
                ConnectorServices s = new ConnectorServices(app);
                WorkspaceLabel ws = s.workspace(workspace);
                boolean removed = s.credentials().remove(ws.id(), p);
                spec.commandLine()
                        .getOut()
                        .println(
                                removed
                                        ? "removed the " + p.id() + " credential of " + ws
                                        : "no " + p.id() + " credential for " + ws);
            }
            return 0;
        }
    }
}
