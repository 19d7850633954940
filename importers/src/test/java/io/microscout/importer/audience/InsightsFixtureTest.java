package io.microscout.importer.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.microscout.audience.AudienceKind;
import io.microscout.discovery.AudienceData;
import io.microscout.importer.ImportProblem;
import io.microscout.importer.ProblemLog;
import io.microscout.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Insights responses that are not audience demographics, real and malformed, are refused in plain words. */
class InsightsFixtureTest {
    @TempDir
    Path dir;

    @Test
    void theRealReachInsightsResponseIsRefusedAsNotDemographics() throws Exception {
        Path reach = SharedData.path("api-fixtures/instagram-graph-api/users/user_insights_new.json");
        ProblemLog problems = new ProblemLog(reach.getFileName().toString());

        Map<AudienceKind, AudienceData> read = InsightsDemographics.read(reach, problems);

        assertThat(read).isEmpty();
        assertThat(problems.list())
                .extracting(ImportProblem::message)
                .containsExactly("no audience demographics in this response (1 other metric(s)); expected"
                        + " follower_demographics or engaged_audience_demographics");
    }

    @Test
    void aNegativeOrFractionalCountIsAProblemAtItsJsonPath() throws Exception {
        Path file = Files.writeString(
                dir.resolve("bad.json"),
                "{\"data\":[{\"name\":\"follower_demographics\",\"total_value\":{\"breakdowns\":[{"
                        + "\"dimension_keys\":[\"country\"],\"results\":[{\"dimension_values\":[\"DE\"],\"value\":-4},"
                        + "{\"dimension_values\":[\"AT\"],\"value\":2.5},{\"dimension_values\":[\"XX\"],\"value\":3}]}]}}]}");
        ProblemLog problems = new ProblemLog("bad.json");

        InsightsDemographics.read(file, problems);

        assertThat(problems.list())
                .extracting(ImportProblem::location, ImportProblem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("$.data[0].total_value.breakdowns[0].results[0]", "value"),
                        org.assertj.core.groups.Tuple.tuple("$.data[0].total_value.breakdowns[0].results[1]", "value"),
                        org.assertj.core.groups.Tuple.tuple(
                                "$.data[0].total_value.breakdowns[0].results[2]", "country"));
    }
}
