package se.accessiblenav.server.bench;

import java.net.URI;
import java.net.URLEncoder;
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
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import se.accessiblenav.server.hardening.AnswerJudge;

/**
 * A mutation fuzzer against the real server ({@code bin/fuzz}): valid requests to {@code /route} (GET and
 * POST) and {@code /obstacles} (create, import, list) are mutated one to five times each (bytes flipped,
 * ranges cut or doubled, tokens that parsers find hard put in: brackets, quotes, NUL, extreme numbers,
 * broken percent-escapes, long runs) and sent for the given minutes. Every answer is judged as the corpus
 * test judges it ({@link AnswerJudge}): no 5xx, no hang over 5 s, no internals, no echo. Seeded: the same
 * seed sends the same requests. Loopback only.
 *
 * <p>Arguments: osm file, work folder, server jar, minutes (default 5), seed (default 1).
 */
public final class FuzzBenchmark {
    private static final int PORT = 18_781;
    private static final String PLANNER = "fuzz";
    private static final String PASSWORD = "fuzz-password-1234";
    private static final String[] TOKENS = {
        "null",
        "-1",
        "0",
        "1e309",
        "-1e309",
        "NaN",
        "\"",
        "\\",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\u0000",
        "%00",
        "%C0",
        "%",
        "%%",
        "&",
        "=",
        "\uD800",
        "\u202E",
        "9".repeat(400),
        "[".repeat(200),
        "{\"a\":".repeat(100),
        "a".repeat(70_000)
    };
    private static final List<String> ROUTE_QUERIES = List.of(
            "point=59.3355,18.0630&point=59.3358,18.0737&profile=blind_cane&details=crossing",
            "point=59.3355,18.0630&point=59.3358,18.0737&guidance=true&locale=sv&points_encoded=false",
            "point=59.3355,18.0630&point=59.3340,18.0700&point=59.3358,18.0737&heading=90&heading=0&heading=180");
    private static final List<String> ROUTE_BODIES = List.of(
            "{\"points\":[[18.063,59.3355],[18.0737,59.3358]],\"profile\":\"guide_dog\",\"details\":[\"crossing\"]}",
            "{\"points\":[[18.063,59.3355],[18.0737,59.3358]],\"custom_model\":{\"priority\":[{\"if\":\"road_class =="
                    + " PRIMARY\",\"multiply_by\":\"0.5\"}]},\"ch.disable\":true}");
    private static final List<String> FEATURES = List.of(
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[18.066,59.334],[18.067,59.334],"
                    + "[18.067,59.335],[18.066,59.335],[18.066,59.334]]]},\"properties\":{\"kind\":\"scaffolding\","
                    + "\"severity\":\"hazard\",\"description_en\":\"Scaffolding\",\"valid_until\":\"2030-01-01T00:00:00Z\"}}",
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[18.064,59.333],[18.065,59.334]]},"
                    + "\"properties\":{\"kind\":\"closed_crossing\",\"severity\":\"info\",\"description_sv\":\"Stängt\"}}");

    private FuzzBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path osm = Path.of(args[0]).toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        Path jar = Path.of(args[2]).toAbsolutePath();
        double minutes = args.length > 3 ? Double.parseDouble(args[3]) : 5;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1;
        List<String> command = ServerProcess.command(
                jar,
                "1g",
                PORT,
                osm,
                work.resolve("graph-cache"),
                "jdbc:h2:file:" + work.resolve("obstacles-" + seed) + "/obstacles",
                PLANNER,
                PASSWORD,
                "--navigation.security.max-failed-logins=1000000");
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        Random random = new Random(seed);
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> faults = new TreeMap<>();
        List<String> samples = new ArrayList<>();
        long sent = 0;
        long hangs = 0;
        long closed = 0;
        long slowest = 0;
        try (ServerProcess server = ServerProcess.start(
                command,
                URI.create("http://127.0.0.1:" + PORT + "/actuator/health"),
                work.resolve("fuzz-server.log"),
                Duration.ofMinutes(5))) {
            long end = System.nanoTime() + (long) (minutes * 60e9);
            while (System.nanoTime() < end) {
                HttpRequest request = next(random);
                String endpoint = request.method() + " " + request.uri().getPath();
                long start = System.nanoTime();
                sent++;
                try {
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
                    statuses.merge(endpoint + " " + response.statusCode(), 1, Integer::sum);
                    String fault = AnswerJudge.fault(response.statusCode(), response.body());
                    if (fault != null) {
                        faults.merge(endpoint + ": " + fault.split(":")[0], 1, Integer::sum);
                        if (samples.size() < 20) samples.add(endpoint + " " + request.uri() + " -> " + fault);
                    }
                } catch (HttpTimeoutException e) {
                    hangs++;
                    if (samples.size() < 20) samples.add("no answer in 5 s: " + endpoint + " " + request.uri());
                } catch (java.io.IOException e) {
                    closed++; // the server closed a connection whose body it refused to read
                }
            }
            boolean healthy = http.send(
                                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/actuator/health"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
            System.out.printf(Locale.ROOT, "%n## Fuzz run: %.1f minutes, seed %d%n%n", minutes, seed);
            System.out.printf(
                    Locale.ROOT,
                    "| requests | 5xx or bad bodies | hangs over 5 s | connections closed on refusal |"
                            + " slowest answer | healthy after |%n|---|---|---|---|---|---|%n");
            System.out.printf(
                    Locale.ROOT,
                    "| %,d | %,d | %d | %d | %d ms | %s |%n%n",
                    sent,
                    faults.values().stream().mapToInt(Integer::intValue).sum(),
                    hangs,
                    closed,
                    slowest,
                    healthy ? "yes" : "NO");
            System.out.println("Answers by endpoint and status:");
            statuses.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-40s %,d%n", k, v));
            if (!faults.isEmpty()) {
                System.out.println("Faults:");
                faults.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-60s %,d%n", k, v));
                samples.forEach(s -> System.out.println("  e.g. " + s));
            }
            if (!faults.isEmpty() || hangs > 0 || !healthy) System.exit(1);
        }
    }

    private static HttpRequest next(Random random) {
        String base = "http://127.0.0.1:" + PORT;
        HttpRequest.Builder request;
        switch (random.nextInt(6)) {
            case 0, 1 -> {
                String query = mutate(pick(ROUTE_QUERIES, random), random, true);
                request = HttpRequest.newBuilder(uri(base + "/route?" + query)).GET();
            }
            case 2 ->
                request = HttpRequest.newBuilder(URI.create(base + "/route"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(mutate(pick(ROUTE_BODIES, random), random, false)));
            case 3 ->
                request = planner(HttpRequest.newBuilder(URI.create(base + "/obstacles")))
                        .header("Content-Type", "application/geo+json")
                        .POST(HttpRequest.BodyPublishers.ofString(mutate(pick(FEATURES, random), random, false)));
            case 4 ->
                request = planner(HttpRequest.newBuilder(URI.create(base + "/obstacles/import")))
                        .header("Content-Type", "application/geo+json")
                        .POST(HttpRequest.BodyPublishers.ofString(mutate(
                                "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", FEATURES) + "]}",
                                random,
                                false)));
            default ->
                request = HttpRequest.newBuilder(uri(base + "/obstacles?"
                                + mutate(
                                        "bbox=18.05,59.32,18.08,59.34&active=true&at=2026-12-02T08:00:00Z",
                                        random,
                                        true)))
                        .GET();
        }
        return request.timeout(Duration.ofSeconds(5)).build();
    }

    /** One to five mutations of a valid request text. */
    static String mutate(String text, Random random, boolean query) {
        StringBuilder s = new StringBuilder(text);
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length());
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (!s.isEmpty()) s.setCharAt(at, (char) (s.charAt(at) ^ (1 << random.nextInt(7))));
                }
                case 1 -> {
                    String token = TOKENS[random.nextInt(TOKENS.length)];
                    s.insert(at, query ? encodeSome(token, random) : token);
                }
                case 2 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(20)));
                case 3 -> {
                    int to = Math.min(s.length(), at + 1 + random.nextInt(40));
                    String part = s.substring(at, to);
                    s.insert(at, part.repeat(1 + random.nextInt(50)));
                }
                default -> {
                    // a number made extreme
                    int digit = indexOfDigit(s, at);
                    if (digit >= 0) s.replace(digit, digit + 1, random.nextBoolean() ? "1e308" : "-0.000000001");
                }
            }
        }
        return s.toString();
    }

    private static String encodeSome(String token, Random random) {
        return random.nextBoolean() ? URLEncoder.encode(token, StandardCharsets.UTF_8) : token;
    }

    private static int indexOfDigit(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return i;
        return -1;
    }

    /** The address as sent; characters no URI may hold are escaped the way a sloppy client would. */
    private static URI uri(String text) {
        StringBuilder safe = new StringBuilder();
        for (char c : text.toCharArray())
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0)
                safe.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
            else safe.append(c);
        try {
            return URI.create(safe.toString());
        } catch (IllegalArgumentException e) {
            return URI.create(text.substring(0, text.indexOf('?') + 1) + "broken="
                    + URLEncoder.encode(e.getMessage(), StandardCharsets.UTF_8));
        }
    }

    private static HttpRequest.Builder planner(HttpRequest.Builder request) {
        return request.header(
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((PLANNER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
