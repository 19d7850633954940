package io.microscout.cli.connectors;

import io.microscout.app.ConnectorServices;
import io.microscout.app.MicroScout;
import io.microscout.connector.WorkspaceLabel;
import io.microscout.connector.platforms.Connectors;
import io.microscout.creator.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code credentials set|list|remove}: the platforms' credentials of a workspace, sealed at rest, never shown. */
@Command(
        name = "credentials",
        mixinStandardHelpOptions = true,
        subcommands = {CredentialsCommand.Set.class, CredentialsCommand.Remove.class},
        description = "Lists the workspace's platform credentials (platform, account, when set; never the secret).")
public final class CredentialsCommand extends WorkspaceCommand {

    @Override
    int run(MicroScout app, ConnectorServices s, WorkspaceLabel ws) {
        var listed = s.credentials().list(ws.id());
        if (listed.isEmpty()) {
            say("no credentials for " + ws + " (set one with: microscout credentials set PLATFORM --token-file FILE)");
        }
        for (var c : listed) {
            say(String.format(
                    "%-10s %-22s set %s",
                    c.platform().id(), c.account() == null ? "-" : "account " + c.account(), c.setAt()));
        }
        return 0;
    }

    @Command(
            name = "set",
            mixinStandardHelpOptions = true,
            description = "Stores a platform credential for the workspace, encrypted with the home's key"
                    + " (MICROSCOUT_SECRET_KEY, else HOME/keys/secret.key, owner-only). The token is read from a file,"
                    + " so it is in no shell history.")
    static final class Set extends WorkspaceCommand {
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

        private String secret;

        @Override
        void check() throws Exception {
            Platform p = ConnectorServices.platform(platform);
            if (p == Platform.INSTAGRAM && (account == null || account.isBlank())) {
                throw new IllegalArgumentException("instagram needs --account IG_USER_ID: the business account"
                        + " whose token this is (business discovery runs as that account)");
            }
            if (!Files.isRegularFile(tokenFile)) {
                throw new java.nio.file.NoSuchFileException(tokenFile.toString());
            }
            secret = Files.readString(tokenFile).strip();
            if (secret.isEmpty() || secret.lines().count() > 1) {
                throw new IllegalArgumentException(tokenFile + ": expected the token alone on one line");
            }
        }

        @Override
        int run(MicroScout app, ConnectorServices s, WorkspaceLabel ws) {
            Platform p = ConnectorServices.platform(platform);
            s.credentials().set(ws.id(), p, account, secret, app.clock().instant());
            say("stored the " + p.id() + " credential of " + ws + " (" + Connectors.CREDENTIALS.get(p.id())
                    + "), encrypted");
            return 0;
        }
    }

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Deletes the workspace's credential of a platform.")
    static final class Remove extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "PLATFORM")
        String platform;

        @Override
        void check() {
            ConnectorServices.platform(platform);
        }

        @Override
        int run(MicroScout app, ConnectorServices s, WorkspaceLabel ws) {
            Platform p = ConnectorServices.platform(platform);
            say(
                    s.credentials().remove(ws.id(), p)
                            ? "removed the " + p.id() + " credential of " + ws
                            : "no " + p.id() + " credential for " + ws);
            return 0;
        }
    }
}
