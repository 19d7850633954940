package io.microscout.cli.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.microscout.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudienceCommandTest {

    @Test
    void aSampleWithManyEmptyAccountsShowsFewRealFollowersAndEveryComponent(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("username,followers,following,posts,bio_length,profile_picture\n");
        for (int i = 0; i < 30; i++) {
            csv.append("friend.").append(i).append(",").append(300 + i).append(",280,45,25,yes\n");
            csv.append("u").append(48_000 + i * 7).append(",2,3500,0,0,no\n");
        }
        Path file = dir.resolve("followers.csv");
        Files.writeString(file, csv);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            code = Main.run(
                    "authenticity",
                    "audience",
                    file.toString(),
                    "--creator",
                    "instagram:someone",
                    "--json",
                    "--home",
                    dir.resolve("no-home").toString());
        } finally {
            System.setOut(old);
        }
        assertThat(code).isZero();
        JsonNode out = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
        assertThat(out.get("audience").get("sampleSize").asInt()).isEqualTo(60);
        assertThat(out.get("audience").get("flaggedShare").asDouble()).isEqualTo(0.5);
        assertThat(out.get("audience").get("realShare").asDouble()).isBetween(0.35, 0.55);
        assertThat(out.get("components")).hasSize(6);
        assertThat(out.get("score").asInt()).isLessThan(50);
        assertThat(out.get("confidence").asText()).isEqualTo("low");
    }
}
