package io.microscout.cli.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.authenticity.AccountProfile;
import io.microscout.authenticity.FakeAccountModel;
import io.microscout.cli.Main;
import io.microscout.models.AccountModelFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The train and eval commands on a small folder in InstaFake's format (not the real data: a fixture). */
class TrainAndEvalCommandsTest {

    private static Path instaFakeFolder(Path dir) throws Exception {
        StringBuilder fake = new StringBuilder("[");
        StringBuilder real = new StringBuilder("[");
        for (int i = 0; i < 40; i++) {
            if (i < 12) {
                fake.append(i == 0 ? "" : ",")
                        .append(String.format(
                                "{\"userFollowerCount\": %d, \"userFollowingCount\": %d, "
                                        + "\"userBiographyLength\": 0, \"userMediaCount\": %d, \"userHasProfilPic\": %d, \"userIsPrivate\": 0, "
                                        + "\"usernameDigitCount\": %d, \"usernameLength\": 12, \"isFake\": 1}",
                                i % 15, 1500 + 90 * i, i % 2, i % 3 == 0 ? 1 : 0, 3 + i % 4));
            }
            real.append(i == 0 ? "" : ",")
                    .append(String.format(
                            "{\"userFollowerCount\": %d, \"userFollowingCount\": %d, "
                                    + "\"userBiographyLength\": %d, \"userMediaCount\": %d, \"userHasProfilPic\": 1, \"userIsPrivate\": 1, "
                                    + "\"usernameDigitCount\": 0, \"usernameLength\": 9, \"isFake\": 0}",
                            150 + 20 * i, 200 + 7 * i, i % 40, 10 + i));
        }
        Files.writeString(dir.resolve("fakeAccountData.json"), fake.append("]"));
        Files.writeString(dir.resolve("realAccountData.json"), real.append("]"));
        return dir;
    }

    private static String run(int[] code, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            code[0] = Main.run(args);
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String[] with(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void evalPrintsTheTopLevelFiguresAndFailsBelowTheMinimumAccuracy(@TempDir Path dir) throws Exception {
        Path data = instaFakeFolder(dir);
        int[] code = new int[1];
        String[] eval = {"eval", "authenticity", "--data", data.toString(), "--folds", "3", "--trees", "40"};
        JsonNode out = new ObjectMapper().readTree(run(code, with(eval, "--json")));
        assertThat(code[0]).isZero();
        for (String key : new String[] {"accuracy", "precision", "recall", "f1", "rocAuc"}) {
            assertThat(out.get(key).isNumber()).as(key).isTrue();
        }
        assertThat(out.get("accounts").asInt()).isEqualTo(52);
        run(code, with(eval, "--min-accuracy", "1.01"));
        assertThat(code[0]).isEqualTo(1);
    }

    @Test
    void trainWritesAModelThatScoresAndCreditsTheData(@TempDir Path dir) throws Exception {
        Path data = instaFakeFolder(Files.createDirectories(dir.resolve("data")));
        Path out = dir.resolve("model.json");
        int[] code = new int[1];
        run(code, "train", "authenticity", "--data", data.toString(), "--out", out.toString(), "--trees", "60");
        assertThat(code[0]).isZero();
        FakeAccountModel model = AccountModelFile.read(out);
        assertThat(model.description()).contains("Akyon & Kalfaoglu").contains("CC BY-NC 4.0");
        assertThat(model.classify(new AccountProfile("x8812", 2L, 3000L, 0L, 0, false, null, null, null))
                        .fake())
                .isTrue();
    }
}
