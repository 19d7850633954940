package io.microscout.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.microscout.creator.CreatorKey;
import io.microscout.creator.Platform;
import io.microscout.creator.Post;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 mid-fetch: a child JVM fetches a channel with 8 upload pages (16 videos) from a slow replay server and
 * is killed after some answers are stored; the fetch run again here resumes from the stored cursor and raw answers,
 * asks for no answer it had stored, and stores every video once.
 */
class KillResumeTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int PAGES = 8;
    static final CreatorKey CHANNEL = CreatorKey.of(Platform.YOUTUBE, "googledevelopers");

    @TempDir
    Path home;

    /** The child: fetch the channel, as `microscout fetch youtube googledevelopers` would. */
    public static void main(String[] args) throws Exception {
        try (ConnectorFixture f = new ConnectorFixture(Path.of(args[0]), args[1])) {
            f.clock = java.time.Clock.systemUTC();
            f.fetch("youtube", new FetchLimits(100, 2, Duration.ofMinutes(1), false), "googledevelopers");
        }
    }

    @Test
    void aFetchKilledMidwayResumesWithoutAskingTwiceOrStoringTwice() throws Exception {
        try (ConnectorFixture f = new ConnectorFixture(home)) {
            f.clock = java.time.Clock.systemUTC();
            f.credential(Platform.YOUTUBE, null);
            stubChannelWithPages(f);

            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            "-Dmicroscout.shared.data=" + io.microscout.testing.SharedData.root(),
                            KillResumeTest.class.getName(),
                            home.toString(),
                            f.server.baseUrl())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("child.log").toFile())
                    .start();
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (rawFiles().size() < 7 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            child.destroyForcibly().waitFor(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
            Set<String> storedBeforeKill = rawFiles();
            assertThat(storedBeforeKill)
                    .as(
                            "answers stored before the kill (child log: %s)",
                            Files.exists(home.resolve("child.log")) ? Files.readString(home.resolve("child.log")) : "")
                    .hasSizeBetween(7, 2 * PAGES);
            int requestsBeforeKill = f.server.getAllServeEvents().size();
            List<String> askedBefore = urls(f.server.getAllServeEvents());

            FetchReport resumed =
                    f.fetch("youtube", new FetchLimits(100, 2, Duration.ofMinutes(1), false), "googledevelopers");

            assertThat(resumed.complete()).isTrue();
            assertThat(resumed.creators().get(0).resumed()).isTrue();
            List<String> askedAfter = urls(f.server.getAllServeEvents())
                    .subList(0, f.server.getAllServeEvents().size() - requestsBeforeKill);
            // at most the one call in flight at the kill is asked again: every stored answer was taken from disk
            Set<String> again =
                    askedAfter.stream().filter(askedBefore::contains).collect(Collectors.toSet());
            System.out.printf(
                    "kill -9 after %d stored answers (%d requests); the resumed fetch made %d requests, %d asked again%n",
                    storedBeforeKill.size(), requestsBeforeKill, askedAfter.size(), again.size());
            assertThat(again).hasSizeLessThanOrEqualTo(1);
            assertThat(askedBefore.size() + askedAfter.size() - again.size())
                    .isEqualTo(1 + 2 * PAGES); // channel + (uploads page + videos.list) per page
            List<Post> posts = f.store.catalog().posts(CHANNEL);
            assertThat(posts).hasSize(2 * PAGES);
            assertThat(posts.stream().map(Post::platformPostId).distinct()).hasSize(2 * PAGES);
        }
    }

    /**
     * The stored answers. The child may be writing while this walks (a temporary file renamed between the
     * listing and the look at it), so a file that vanishes mid-walk is skipped, not an error.
     */
    private Set<String> rawFiles() throws IOException {
        Path raw = home.resolve("raw");
        Set<String> names = new HashSet<>();
        if (!Files.exists(raw)) {
            return names;
        }
        Files.walkFileTree(raw, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                if (file.toString().endsWith(".json")) {
                    names.add(file.getFileName().toString());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return names;
    }

    /** The requested URLs, newest first (WireMock's order). */
    private static List<String> urls(List<ServeEvent> events) {
        return events.stream().map(e -> e.getRequest().getUrl()).toList();
    }

    /** The real channel and video answers, the uploads playlist cut into pages of 2 made from the real page. */
    private static void stubChannelWithPages(ConnectorFixture f) throws Exception {
        int delay = 250;
        f.server.stubFor(get(urlPathEqualTo("/youtube/v3/channels"))
                .willReturn(aResponse()
                        .withFixedDelay(delay)
                        .withBody(ConnectorFixture.shared("youtube-data-api-v3/channels/info.json"))));
        ObjectNode realPage = (ObjectNode) JSON.readTree(
                ConnectorFixture.shared("youtube-data-api-v3/playlist_items/playlist_items_paged_1.json"));
        ObjectNode realVideos = (ObjectNode)
                JSON.readTree(ConnectorFixture.shared("youtube-data-api-v3/videos/videos_info_single.json"));
        for (int page = 1; page <= PAGES; page++) {
            ObjectNode p = realPage.deepCopy();
            ArrayNode items = p.putArray("items");
            ArrayNode videos = realVideos.deepCopy().putArray("items");
            for (int i = 0; i < 2; i++) {
                String id = String.format("vid%02d-%d", page, i);
                ObjectNode item = realPage.get("items").get(i).deepCopy();
                ((ObjectNode) item.path("snippet"))
                        .putObject("resourceId")
                        .put("kind", "youtube#video")
                        .put("videoId", id);
                items.add(item);
                ObjectNode v = realVideos.get("items").get(0).deepCopy();
                v.put("id", id);
                videos.add(v);
            }
            if (page < PAGES) {
                p.put("nextPageToken", "page" + (page + 1));
            } else {
                p.remove("nextPageToken");
            }
            var playlist = get(urlPathEqualTo("/youtube/v3/playlistItems"))
                    .withQueryParam("pageToken", page == 1 ? absent() : equalTo("page" + page));
            f.server.stubFor(
                    playlist.willReturn(aResponse().withFixedDelay(delay).withBody(p.toString())));
            ObjectNode answer = realVideos.deepCopy();
            answer.set("items", videos);
            f.server.stubFor(get(urlPathEqualTo("/youtube/v3/videos"))
                    .withQueryParam("id", equalTo(String.format("vid%02d-0,vid%02d-1", page, page)))
                    .willReturn(aResponse().withFixedDelay(delay).withBody(answer.toString())));
        }
    }
}
