package se.accessiblenav.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.accessiblenav.server.ServerTestBase;
import se.accessiblenav.server.SharedTestData;

/**
 * The bad-input corpus ({@code src/test/resources/hostile}, over a thousand requests to every endpoint,
 * anonymous and as a planner) against the real server: no answer is a 5xx, none takes 5 s, no body names a
 * Java class or library or repeats a large input, and the server routes as before afterwards.
 */
class HostileInputIT extends ServerTestBase {
    /** The kinds of error GraphHopper's own clients read from {@code hints[].details}; nothing else may be a class. */
    private static final Set<String> GRAPHHOPPER_ERROR_KINDS = Set.of(
            "java.lang.IllegalArgumentException",
            "java.lang.IllegalStateException",
            "java.lang.RuntimeException",
            "com.graphhopper.util.exceptions.PointNotFoundException",
            "com.graphhopper.util.exceptions.PointOutOfBoundsException",
            "com.graphhopper.util.exceptions.ConnectionNotFoundException",
            "com.graphhopper.util.exceptions.MaximumNodesExceededException");

    private static final Pattern INTERNALS = Pattern.compile(
            "\\b(?:java|javax|jakarta|org|com|mil|tools)\\.[a-z0-9_]+\\.|Exception\\b|\\bat [a-z]+\\.[a-z]+\\(|PRAGMA|"
                    + "janino|jackson|tomcat|JsonToken|StreamReadConstraints|Whitelabel|\\bnull pointer",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_ERROR_BYTES = 8 * 1024;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        SharedTestData.stockholmServer(registry);
        // a store and a login throttle of its own: the corpus's obstacles and wrong passwords stay here
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:./target/it-obstacles/hostile-" + java.util.UUID.randomUUID() + "/obstacles");
        registry.add("navigation.security.max-failed-logins", () -> "1000000");
    }

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void noHostileRequestGetsAServerErrorAHangOrTheServersInsides() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "hostile"));
        List<HostileCorpus.Case> cases = new HostileCorpus(work).all();
        assertThat(cases).hasSizeGreaterThan(300);
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        for (HostileCorpus.Case c : cases) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = send(c);
            } catch (HttpTimeoutException e) {
                failures.add("no answer within 5 s: " + c);
                continue;
            } catch (java.io.IOException e) {
                // the server may close the connection on a body it refuses to read; that is an answer too
                continue;
            }
            slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
            String problem = judge(response);
            if (problem != null) failures.add(problem + ": " + c);
        }
        assertThat(failures)
                .as("%d cases, slowest %d ms", cases.size(), slowest)
                .isEmpty();
        // and the server still routes
        assertThat(ok("/route?point=59.3355,18.0630&point=59.3358,18.0737").path("paths"))
                .hasSize(1);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aSmallGeoPackageThatMakesEndlessRowsIsRefusedQuicklyAndStoresNothing() throws Exception {
        byte[] bomb =
                new HostileCorpus(Files.createDirectories(Path.of("target", "hostile"))).geoPackageViewOf(100_000);
        assertThat(bomb.length).isLessThan(200_000);
        int before = ok("/obstacles").path("features").size();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = send(new HostileCorpus.Case(
                "POST", true, "/obstacles/import", "application/geopackage+sqlite3", bomb, "view bomb"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("at most 10000");
        assertThat(millis).as("refused while reading, not after").isLessThan(5_000);
        assertThat(ok("/obstacles").path("features").size()).isEqualTo(before);
    }

    private String judge(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status >= 500) return "answered " + status + " " + text(response);
        if (status < 400) return null;
        byte[] body = response.body();
        if (body.length > MAX_ERROR_BYTES) return "error body of " + body.length + " bytes";
        String text = new String(body, StandardCharsets.UTF_8);
        String withoutKinds = text;
        try {
            JsonNode json = this.json.readTree(text);
            for (JsonNode hint : json.path("hints")) {
                String kind = hint.path("details").asText();
                if (GRAPHHOPPER_ERROR_KINDS.contains(kind)) ((ObjectNode) hint).remove("details");
            }
            withoutKinds = json.toString();
        } catch (Exception notJson) {
            if (!text.isEmpty()) return "error body is not a problem document: " + text(response);
        }
        if (INTERNALS.matcher(withoutKinds).find()) return "names the server's insides: " + text(response);
        return null;
    }

    private static String text(HttpResponse<byte[]> response) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private HttpResponse<byte[]> send(HostileCorpus.Case c) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + c.path()))
                .timeout(Duration.ofSeconds(5))
                .method(
                        c.method(),
                        c.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        if (c.contentType() != null) request.header("Content-Type", c.contentType());
        if (c.planner())
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((SharedTestData.PLANNER + ":" + SharedTestData.PLANNER_PASSWORD)
                                            .getBytes(StandardCharsets.UTF_8)));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
