package se.accessiblenav.voice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.accessiblenav.voice.api.NavigationApi;
import se.accessiblenav.voice.api.Route;
import se.accessiblenav.voice.api.RouteCue;
import se.accessiblenav.voice.api.RouteRequest;
import se.accessiblenav.voice.cli.VoiceClient;
import se.accessiblenav.voice.geo.LatLon;

/**
 * Whole simulated walks with the voice client against the real server on the Stockholm extract, from
 * Hötorget along Kungsgatan towards Stureplan (about 700 m, five signalised crossings).
 */
class VoiceClientEndToEndIT {
    private static final LatLon FROM = new LatLon(59.3355, 18.0630);
    private static final LatLon TO = new LatLon(59.3358, 18.0737);
    private static final String TIME_FACTOR = "25";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static NavigationServer server;
    private static Route route;

    @TempDir
    Path folder;

    @BeforeAll
    static void startServer() throws Exception {
        server = NavigationServer.start();
        route = new NavigationApi(server.base(), Duration.ofSeconds(10))
                .route(new RouteRequest(FROM, TO, "blind_cane", "en", 1.2));
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) server.close();
    }

    @Test
    void aNoisyWalkHearsEveryTurnAndCrossingBeforeItsPointAndArrives() throws Exception {
        Path transcript = folder.resolve("walk.jsonl");
        Walk walk = simulate(server, transcript, "--noise", "5", "--seed", "11");
        assertThat(walk.exitCode).as(walk.err).isZero();
        List<JsonNode> lines = read(transcript);
        List<RouteCue> mustHear = route.cues().stream()
                .filter(c -> c.kind().equals("turn") || c.kind().equals("crossing"))
                .toList();
        assertThat(mustHear).hasSizeGreaterThanOrEqualTo(8);
        for (RouteCue cue : mustHear) {
            JsonNode first = lines.stream()
                    .filter(l -> l.path("event").asText().equals("cue")
                            && l.path("cue_id").asText().equals(cue.id()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("cue " + cue.id() + " (" + cue.shortText() + ") never said"));
            double trueAlong = route.line().project(truth(first)).alongMeters();
            assertThat(trueAlong)
                    .as(
                            "%s %s said at %.1f m, its point is at %.1f m",
                            cue.id(), cue.shortText(), trueAlong, cue.distanceMeters())
                    .isLessThanOrEqualTo(cue.distanceMeters());
        }
        assertThat(events(lines, "off_route"))
                .as("no false alarm with 5 m noise")
                .isEmpty();
        assertThat(events(lines, "arrival")).hasSize(1);
        assertThat(walk.out).contains("» You have arrived at your destination.");
        assertThat(lines.get(lines.size() - 1).path("text").asText()).isEqualTo("arrived");
    }

    @Test
    void aWrongTurnIsCaughtReroutedAndTheWalkerStillArrives() throws Exception {
        RouteCue turn = turnWhereStraightOnLeavesTheRoute();
        Path transcript = folder.resolve("wrong-turn.jsonl");
        Walk walk = simulate(
                server,
                transcript,
                "--noise",
                "5",
                "--seed",
                "5",
                "--wrong-turn-at",
                Double.toString(turn.distanceMeters()),
                "--wrong-turn-length",
                "40");
        assertThat(walk.exitCode).as(walk.err).isZero();
        List<JsonNode> lines = read(transcript);
        JsonNode offRoute = events(lines, "off_route").stream().findFirst().orElseThrow();
        double walkedOff = truth(offRoute).distanceMetersTo(turn.position());
        Instant left = lines.stream()
                .filter(l -> l.path("event").asText().equals("fix")
                        && route.line().project(truth(l)).offsetMeters() > 1)
                .map(l -> Instant.parse(l.path("time").asText()))
                .findFirst()
                .orElseThrow();
        long seconds = Duration.between(
                        left, Instant.parse(offRoute.path("time").asText()))
                .getSeconds();
        assertThat(walkedOff <= 15 || seconds <= 10)
                .as("caught %.1f m and %d s after leaving the route", walkedOff, seconds)
                .isTrue();
        assertThat(events(lines, "off_route")).hasSize(1);
        assertThat(events(lines, "reroute")).hasSize(1);
        assertThat(events(lines, "new_route"))
                .singleElement()
                .extracting(l -> l.path("text").asText())
                .asString()
                .startsWith("New route.");
        assertThat(events(lines, "arrival")).hasSize(1);
    }

    @Test
    void theServerStoppedMidWalkDoesNotStopTheGuidance() throws Exception {
        RouteCue turn = turnWhereStraightOnLeavesTheRoute();
        Path transcript = folder.resolve("server-stopped.jsonl");
        try (NavigationServer doomed = NavigationServer.start()) {
            CompletableFuture<Walk> walking = CompletableFuture.supplyAsync(() -> simulate(
                    doomed,
                    transcript,
                    "--noise",
                    "3",
                    "--seed",
                    "2",
                    "--wrong-turn-at",
                    Double.toString(turn.distanceMeters()),
                    "--wrong-turn-length",
                    "25"));
            awaitEvent(transcript, "start");
            doomed.stop();
            Walk walk = walking.get(5, TimeUnit.MINUTES);
            assertThat(walk.exitCode).as(walk.err).isZero();
        }
        List<JsonNode> lines = read(transcript);
        assertThat(events(lines, "off_route")).hasSize(1);
        assertThat(events(lines, "server_unreachable"))
                .as("one calm notice, not a loop")
                .hasSize(1);
        List<Long> retries = events(lines, "reroute_failed").stream()
                .filter(l -> l.has("retry_in_s"))
                .map(l -> l.get("retry_in_s").asLong())
                .toList();
        assertThat(retries)
                .as("retries back off")
                .hasSizeGreaterThanOrEqualTo(2)
                .isSorted();
        assertThat(retries.get(1)).isGreaterThan(retries.get(0));
        assertThat(events(lines, "back_on_route")).hasSize(1);
        assertThat(events(lines, "arrival")).hasSize(1);
        List<String> cuesAfterStop = events(lines, "cue").stream()
                .filter(l -> l.path("along").asDouble() > turn.distanceMeters() + 20)
                .map(l -> l.path("cue_id").asText())
                .toList();
        assertThat(cuesAfterStop).as("cues of the held route are still said").isNotEmpty();
    }

    /**
     * A turn where walking straight on really leaves the route: 20 m straight on from it is at least 15 m from
     * every part of the route (at some turns straight on runs along the route's own next stretch).
     */
    private static RouteCue turnWhereStraightOnLeavesTheRoute() {
        return route.cues().stream()
                .filter(c -> c.kind().equals("turn") && c.distanceMeters() > 30)
                .filter(c -> {
                    LatLon straightOn = c.position().moved(20, route.line().bearingDegreesAt(c.distanceMeters() - 1));
                    return route.line().project(straightOn).offsetMeters() >= 15;
                })
                .findFirst()
                .orElseThrow();
    }

    /** The README's example: going straight on at the route's first turn is a wrong turn the walker is told of. */
    @Test
    void theReadmesWrongTurnExampleLeavesTheRouteAndComesBack() throws Exception {
        Path transcript = folder.resolve("first-turn.jsonl");
        Walk walk = simulate(server, transcript, "--wrong-turn-at", "first-turn");
        assertThat(walk.exitCode).as(walk.err).isZero();
        List<JsonNode> lines = read(transcript);
        assertThat(events(lines, "off_route")).isNotEmpty();
        assertThat(events(lines, "arrival")).isNotEmpty();

        Walk wrong = simulate(server, folder.resolve("x.jsonl"), "--wrong-turn-at", "soon");
        assertThat(wrong.exitCode).isEqualTo(2);
        assertThat(wrong.err).contains("--wrong-turn-at must be metres along the route (e.g. 120) or first-turn");
    }

    private record Walk(int exitCode, String out, String err) {}

    private static Walk simulate(NavigationServer target, Path transcript, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "simulate",
                "--server",
                target.base().toString(),
                "--from",
                FROM.toParameter(),
                "--to",
                TO.toParameter(),
                "--speech",
                "text",
                "--time-factor",
                TIME_FACTOR,
                "--transcript",
                transcript.toString()));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = VoiceClient.commandLine(new ByteArrayInputStream(new byte[0]));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args.toArray(String[]::new));
        return new Walk(code, out.toString(), err.toString());
    }

    private static void awaitEvent(Path transcript, String event) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(transcript) && Files.readString(transcript).contains("\"event\":\"" + event + "\""))
                return;
            Thread.sleep(50);
        }
        throw new AssertionError("No " + event + " event in " + transcript);
    }

    private static List<JsonNode> read(Path transcript) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(transcript)) lines.add(JSON.readTree(line));
        return lines;
    }

    private static List<JsonNode> events(List<JsonNode> lines, String event) {
        return lines.stream()
                .filter(l -> l.path("event").asText().equals(event))
                .toList();
    }

    private static LatLon truth(JsonNode line) {
        return new LatLon(
                line.path("true_lat").asDouble(), line.path("true_lon").asDouble());
    }
}
