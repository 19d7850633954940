package io.microscout.importer.accounts;

import io.microscout.authenticity.LabelledAccount;
import io.microscout.authenticity.LabelledSource;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.followers.AccountProfilesCsv;
import io.microscout.importer.instafake.InstaFakeAccounts;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a folder of labelled accounts as one {@link LabelledSource}, recognising it by its files (the layouts of
 * ../shared/data: InstaFake, and fake-accounts/ Purba 2020, Parma 2021, Botometer vendor-purchased-2019,
 * Cresci 2017). Data is read in place; a file with a problem stops the read with every problem listed.
 */
public final class LabelledSets {
    private LabelledSets() {}

    public static LabelledSource read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder of labelled accounts");
        }
        if (Files.isRegularFile(folder.resolve("fakeAccountData.json"))) {
            return source(
                    "instafake",
                    "instagram",
                    "InstaFake fake-v1.0 (Akyon & Kalfaoglu, ASYU 2019, " + "arXiv:1910.03090), CC BY-NC 4.0",
                    InstaFakeAccounts.read(folder),
                    "instafake");
        }
        Path purba = folder.resolve("user_fake_authentic_4class.csv");
        if (Files.isRegularFile(purba)) {
            AccountProfilesCsv.Read read =
                    checked(AccountFileFormat.PURBA.read(purba, Map.of(), StandardCharsets.UTF_8, "class"));
            return source(
                    "purba2020",
                    "instagram",
                    "Purba, Asirvatham & Murugesan, IJECE 10(3) 2020; no licence " + "stated, research use",
                    labelled(read, "purba2020", l -> !l.equalsIgnoreCase("r"), Set.of("r", "a", "i", "s"), purba),
                    "purba2020");
        }
        Path parma = folder.resolve("OldDataSet.csv");
        if (Files.isRegularFile(parma)) {
            // only the Old file: the New one shares many accounts with it (the folder's README)
            AccountProfilesCsv.Read read =
                    checked(AccountFileFormat.PARMA.read(parma, Map.of(), StandardCharsets.UTF_8, "Fake"));
            return source(
                    "parma2021",
                    "instagram",
                    "Fava & Pellegrini, University of Parma 2021; GPL per its README, " + "research use",
                    labelled(read, "parma2021", "1"::equals, Set.of("0", "1"), parma),
                    "parma2021");
        }
        Path vendor = folder.resolve("vendor-purchased-2019_tweets.json");
        if (Files.isRegularFile(vendor)) {
            Set<String> bots = new HashSet<>();
            for (String line : Files.readAllLines(folder.resolve("vendor-purchased-2019.tsv"))) {
                String[] parts = line.trim().split("\t");
                if (parts.length == 2 && parts[1].equals("bot")) {
                    bots.add(parts[0]);
                }
            }
            AccountProfilesCsv.Read read = checked(TwitterUsers.readJson(vendor));
            List<LabelledAccount> accounts = read.rows().stream()
                    .filter(r -> bots.contains(r.label()))
                    .map(r -> new LabelledAccount(r.profile(), true, "botometer-vendor2019"))
                    .collect(Collectors.toList());
            return source(
                    "botometer-vendor2019",
                    "twitter",
                    "Botometer Bot Repository vendor-purchased-2019 (Yang et "
                            + "al., AAAI 2020); research use with citation",
                    accounts,
                    "botometer-vendor2019");
        }
        Path genuine = folder.resolve("genuine_accounts_users.csv");
        if (Files.isRegularFile(genuine)) {
            List<LabelledAccount> accounts = new ArrayList<>();
            for (AccountProfilesCsv.Row r :
                    checked(TwitterUsers.readCsv(genuine)).rows()) {
                accounts.add(new LabelledAccount(r.profile(), false, "cresci2017"));
            }
            try (var files = Files.list(folder)) {
                for (Path spam : files.filter(p -> p.getFileName().toString().startsWith("social_spambots"))
                        .sorted()
                        .collect(Collectors.toList())) {
                    for (AccountProfilesCsv.Row r :
                            checked(TwitterUsers.readCsv(spam)).rows()) {
                        accounts.add(new LabelledAccount(r.profile(), true, "cresci2017"));
                    }
                }
            }
            return source(
                    "cresci2017",
                    "twitter",
                    "Cresci et al., WWW 2017 companion (MIB); research use with citation",
                    accounts,
                    "cresci2017");
        }
        throw new IllegalArgumentException(folder + ": not a known labelled set (expected InstaFake's "
                + "fakeAccountData.json, user_fake_authentic_4class.csv, OldDataSet.csv, "
                + "vendor-purchased-2019_tweets.json or genuine_accounts_users.csv)");
    }

    private static LabelledSource source(
            String name, String platform, String credit, List<LabelledAccount> accounts, String tag) {
        List<LabelledAccount> tagged = accounts.stream()
                .map(a -> new LabelledAccount(a.profile(), a.fake(), tag))
                .collect(Collectors.toList());
        return new LabelledSource(name, platform, credit, tagged);
    }

    /** Labels a user's own file may use, any case: these mean fake, {@link #REAL_LABELS} mean real. */
    public static final List<String> FAKE_LABELS = List.of("fake", "1", "true", "yes", "bot", "spam");

    public static final List<String> REAL_LABELS = List.of("real", "0", "false", "no", "human", "genuine", "authentic");

    /**
     * A user's own labelled accounts: one file of an {@link AccountFileFormat} (CSV presets only; Twitter's user
     * objects carry no label) with a label column holding {@link #FAKE_LABELS} or {@link #REAL_LABELS}. Every
     * problem (a bad value, an unknown label) is listed with its line.
     */
    public static List<LabelledAccount> readLabelled(
            Path file, AccountFileFormat format, Map<String, String> columns, Charset encoding, String labelColumn)
            throws IOException {
        if (format == AccountFileFormat.TWITTER) {
            throw new IllegalArgumentException(file.getFileName()
                    + ": Twitter user objects carry no label; give a CSV with a label column (--format csv)");
        }
        AccountProfilesCsv.Read read = format.read(file, columns, encoding, labelColumn);
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        List<LabelledAccount> accounts = new ArrayList<>();
        for (AccountProfilesCsv.Row r : read.rows()) {
            String label = r.label().toLowerCase(Locale.ROOT);
            if (FAKE_LABELS.contains(label) || REAL_LABELS.contains(label)) {
                accounts.add(new LabelledAccount(r.profile(), FAKE_LABELS.contains(label), "mine"));
            } else {
                problems.add(new ImportProblem(
                        file.getFileName().toString(),
                        "line " + r.line(),
                        labelColumn,
                        "label \"" + r.label() + "\" is neither fake (" + String.join(", ", FAKE_LABELS)
                                + ") nor real (" + String.join(", ", REAL_LABELS) + ")"));
            }
        }
        checked(new AccountProfilesCsv.Read(List.of(), problems));
        return accounts;
    }

    private static List<LabelledAccount> labelled(
            AccountProfilesCsv.Read read,
            String source,
            java.util.function.Predicate<String> fake,
            Set<String> known,
            Path file) {
        List<LabelledAccount> accounts = new ArrayList<>();
        for (AccountProfilesCsv.Row r : read.rows()) {
            if (!known.contains(r.label())) {
                throw new IllegalArgumentException(file.getFileName() + ":line " + r.line() + ": label \"" + r.label()
                        + "\" is not one of " + known);
            }
            accounts.add(new LabelledAccount(r.profile(), fake.test(r.label()), source));
        }
        return accounts;
    }

    private static AccountProfilesCsv.Read checked(AccountProfilesCsv.Read read) {
        if (!read.problems().isEmpty()) {
            throw new IllegalArgumentException(read.problems().size() + " problem(s) in the labelled accounts:\n  "
                    + read.problems().stream()
                            .limit(20)
                            .map(ImportProblem::toString)
                            .collect(Collectors.joining("\n  ")));
        }
        return read;
    }
}
