package se.accessiblenav.voice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import se.accessiblenav.voice.cli.VoiceClient;

/**
 * {@code voice-client help} against the real server: the call reaches an alarm centre's webhook, the
 * centre opens the share link and says it has seen the call, and the walker hears so.
 */
class HelpCallEndToEndIT {
    private static final BlockingQueue<String> ALARM = new LinkedBlockingQueue<>();
    private static HttpServer alarmCentre;
    private static NavigationServer server;

    @BeforeAll
    static void start() throws Exception {
        alarmCentre = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        alarmCentre.createContext("/alarm", exchange -> {
            ALARM.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        alarmCentre.start();
        server = NavigationServer.start(List.of(
                "--navigation.help.contacts[0].name=Larmcentralen",
                "--navigation.help.contacts[0].webhook=http://127.0.0.1:"
                        + alarmCentre.getAddress().getPort() + "/alarm"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) server.close();
        if (alarmCentre != null) alarmCentre.stop(0);
    }

    @Test
    void sosWhileWalkingSendsThePositionAndTheRoute() throws Exception {
        ALARM.clear();
        StringWriter out = new StringWriter();
        CommandLine cli = VoiceClient.commandLine(new ByteArrayInputStream("sos\n".getBytes(StandardCharsets.UTF_8)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        CompletableFuture<Integer> walk = CompletableFuture.supplyAsync(() -> cli.execute(
                "simulate",
                "--server",
                server.base().toString(),
                "--from",
                "59.3355,18.0630",
                "--to",
                "59.3358,18.0737",
                "--time-factor",
                "20",
                "--name",
                "Erik",
                "--speech",
                "text"));

        JsonNode alarm = new ObjectMapper().readTree(ALARM.poll(30, TimeUnit.SECONDS));
        assertThat(alarm.path("event").asText()).isEqualTo("help");
        assertThat(alarm.path("walker").asText()).isEqualTo("Erik");
        assertThat(alarm.path("route").size()).as("the route being walked").isGreaterThan(5);
        HttpResponse<String> seen = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(alarm.path("share_url").asText() + "/seen"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Larmcentralen\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(seen.statusCode()).isEqualTo(204);

        assertThat(walk.get(120, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).contains("Help is called.", "Larmcentralen has seen your call.", "You have arrived");
    }

    @Test
    void theWalkerHearsThatTheAlarmCentreHasSeenTheCall() throws Exception {
        ALARM.clear();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = VoiceClient.commandLine(new ByteArrayInputStream(new byte[0]));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> call = CompletableFuture.supplyAsync(() -> cli.execute(
                "help",
                "--server",
                server.base().toString(),
                "--at",
                "59.3356,18.0631",
                "--accuracy",
                "8",
                "--name",
                "Erik",
                "--speech",
                "text",
                "--interval",
                "0.2",
                "--give-up-after",
                "2"));

        JsonNode alarm = new ObjectMapper().readTree(ALARM.poll(30, TimeUnit.SECONDS));
        assertThat(alarm.path("walker").asText()).isEqualTo("Erik");
        String shareUrl = alarm.path("share_url").asText();
        HttpResponse<String> seen = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(shareUrl + "/seen"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Larmcentralen\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(204);

        assertThat(call.get(60, TimeUnit.SECONDS)).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("Calling for help.")
                .contains("Help is called. You are ")
                .contains("Telling Larmcentralen.")
                .contains("Larmcentralen has your call by webhook.")
                .contains("Larmcentralen has seen your call.")
                .contains(shareUrl);
    }
}
