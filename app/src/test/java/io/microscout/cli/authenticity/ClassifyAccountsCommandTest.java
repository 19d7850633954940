package io.microscout.cli.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClassifyAccountsCommandTest {

    @Test
    void printsOneJsonObjectPerAccountWithItsDecision(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.csv");
        Files.writeString(
                file,
                "User,Fans,Follows,Media,Pic\n" + "anna.kowalska,412,380,57,yes\n" + "user84736152,3,2400,0,no\n");
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            code = Main.run(
                    "authenticity",
                    "classify",
                    file.toString(),
                    "--format",
                    "csv",
                    "--json",
                    "--map",
                    "username=User,followers=Fans,following=Follows,posts=Media,profile_picture=Pic");
        } finally {
            System.setOut(old);
        }
        assertThat(code).isZero();
        JsonNode out = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
        assertThat(out).hasSize(2);
        assertThat(out.get(0).get("row").asInt()).isEqualTo(1);
        assertThat(out.get(0).get("username").asText()).isEqualTo("anna.kowalska");
        assertThat(out.get(0).get("fake").asBoolean()).isFalse();
        assertThat(out.get(1).get("fake").asBoolean()).isTrue();
        assertThat(out.get(1).get("fakeProbability").asDouble()).isGreaterThan(0.5);
        assertThat(out.get(1).get("featuresMissing").toString()).contains("bio_length");
    }

    @Test
    void aBadValueExitsWithCode2(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.csv");
        Files.writeString(file, "username,followers\nx,lots\n");
        assertThat(Main.run("authenticity", "classify", file.toString())).isEqualTo(2);
    }

    @Test
    void twitterAccountsAreJudgedWithAWarningThatTheModelFailsOnGenuineOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("users.json");
        Files.writeString(file, """
                [{"screen_name": "0918bask", "followers_count": 208, "friends_count": 332, "statuses_count": 2177,
                  "description": "15years ago", "default_profile_image": false,
                  "created_at": "Tue Jun 11 11:20:35 +0000 2013"}]
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("authenticity", "classify", file.toString(), "--format", "twitter"))
                .isZero();
        assertThat(err.toString()).contains("calls 92% of genuine Twitter accounts fake", "authenticity calibrate");

        err.getBuffer().setLength(0);
        Path csv = Files.writeString(dir.resolve("a.csv"), "username,followers\nanna,412\n");
        assertThat(cl.execute("authenticity", "classify", csv.toString())).isZero();
        assertThat(err.toString()).doesNotContain("Twitter");
    }
}
