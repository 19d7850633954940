package io.microscout.cli.authenticity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.authenticity.AccountInput;
import io.microscout.authenticity.AccountVerdict;
import io.microscout.authenticity.FakeAccountModel;
import io.microscout.authenticity.FeatureContribution;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.followers.AccountProfilesCsv;
import io.microscout.models.AccountModelFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code microscout authenticity classify FILE --format csv [--map ...] [--json]}. */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = {
            "Score each account of a file of profiles (one per row or JSON object): probability of being fake, "
                    + "the decision at the model's threshold, the inputs used and missing.",
            "Columns: username (or handle), followers, following, posts, bio (text) or bio_length, "
                    + "profile_picture, private, username_length, username_digits; yes/no, true/false, 1/0."
        })
public final class ClassifyAccountsCommand implements Callable<Integer> {

    @Mixin
    AccountFileOptions accountFile = new AccountFileOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV of account profiles.")
    Path file;

    @Option(
            names = "--model",
            paramLabel = "FILE",
            description = "A model written by `train authenticity` (default: the shipped one).")
    Path model;

    @Option(names = "--skip-invalid", description = "Score the valid rows and report the invalid ones on stderr.")
    boolean skipInvalid;

    @Option(names = "--json", description = "Print an array of objects (row, username, fakeProbability, fake, ...).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AccountProfilesCsv.Read read =
                accountFile.read(file, null, spec.commandLine().getErr());
        if (!read.problems().isEmpty()) {
            String listed = read.problems().stream()
                    .limit(20)
                    .map(ImportProblem::toString)
                    .collect(Collectors.joining("\n  "));
            String more = read.problems().size() > 20
                    ? "\n  ... and " + (read.problems().size() - 20) + " more"
                    : "";
            if (!skipInvalid) {
                throw new IllegalArgumentException(read.problems().size() + " invalid value(s), nothing scored "
                        + "(--skip-invalid scores the valid rows):\n  " + listed + more);
            }
            System.err.println("skipped " + read.problems().size() + " invalid value(s):\n  " + listed + more);
        }
        FakeAccountModel m = model == null ? AccountModelFile.shipped() : AccountModelFile.read(model);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode out = mapper.createArrayNode();
        if (!json) {
            System.out.printf(
                    "%-5s %-24s %8s %-5s %-40s %s%n",
                    "row", "username", "p(fake)", "fake", "missing", "strongest reasons (log-odds towards fake)");
        }
        for (AccountProfilesCsv.Row row : read.rows()) {
            AccountVerdict v = m.classify(row.profile());
            if (json) {
                out.add(toJson(row, v, mapper));
            } else {
                System.out.printf(
                        Locale.ROOT,
                        "%-5d %-24s %8.3f %-5s %-40s %s%n",
                        row.row(),
                        v.username() == null ? "-" : v.username(),
                        v.fakeProbability(),
                        v.fake() ? "yes" : "no",
                        v.missing().isEmpty() ? "-" : ids(v.missing()),
                        reasons(v.contributions()));
            }
        }
        if (json) {
            System.out.println(mapper.writeValueAsString(out));
        } else {
            System.out.printf(
                    Locale.ROOT, "threshold %.2f; inputs the model reads: %s%n", m.threshold(), ids(m.inputs()));
        }
        return 0;
    }

    private static ObjectNode toJson(AccountProfilesCsv.Row row, AccountVerdict v, ObjectMapper mapper) {
        ObjectNode n = mapper.createObjectNode();
        n.put("row", row.row());
        n.put("line", row.line());
        n.put("username", v.username());
        n.put("fakeProbability", v.fakeProbability());
        n.put("fake", v.fake());
        n.put("threshold", v.threshold());
        ArrayNode used = n.putArray("featuresUsed");
        v.used().stream().sorted().forEach(i -> used.add(i.id()));
        ArrayNode missing = n.putArray("featuresMissing");
        v.missing().stream().sorted().forEach(i -> missing.add(i.id()));
        ArrayNode contributions = n.putArray("contributions");
        for (FeatureContribution c : v.contributions()) {
            ObjectNode cn = contributions.addObject();
            cn.put("feature", c.feature().label());
            cn.put("value", c.value());
            cn.put("logOdds", c.logOdds());
        }
        return n;
    }

    private static String ids(Set<AccountInput> inputs) {
        return inputs.stream().sorted().map(AccountInput::id).collect(Collectors.joining(","));
    }

    private static String reasons(List<FeatureContribution> contributions) {
        return contributions.stream()
                .filter(c -> Math.abs(c.logOdds()) >= 0.05)
                .limit(3)
                .map(c -> String.format(
                        Locale.ROOT,
                        "%s=%s %+.2f",
                        c.feature().label(),
                        c.value() == null ? "missing" : String.format(Locale.ROOT, "%.2f", c.value()),
                        c.logOdds()))
                .collect(Collectors.joining("; "));
    }
}
