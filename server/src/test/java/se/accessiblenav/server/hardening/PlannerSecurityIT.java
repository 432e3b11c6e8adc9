package se.accessiblenav.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.accessiblenav.server.ServerTestBase;
import se.accessiblenav.server.SharedTestData;

/**
 * The planners' door: other sites' pages cannot use a browser's remembered password, HEAD gets the rules
 * of GET, guessing passwords is paused with 429 and never slows public requests, and every answer carries
 * the browser protections.
 */
class PlannerSecurityIT extends ServerTestBase {
    private static final String FEATURE = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":"
            + "[18.0595,59.3295]},\"properties\":{\"kind\":\"construction\",\"severity\":\"info\","
            + "\"description_en\":\"Security test\"}}";
    private static final String ROUTE = "/route?point=59.3355,18.0630&point=59.3358,18.0737";

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        SharedTestData.stockholmServer(registry);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:./target/it-obstacles/security-" + java.util.UUID.randomUUID() + "/obstacles");
        registry.add("navigation.security.max-failed-logins", () -> "3");
        registry.add("navigation.security.trusted-origins[0]", () -> "https://planning.example.org");
    }

    @Test
    void aPageOfAnotherSiteCannotChangeObstaclesWithTheBrowsersRememberedPassword() throws Exception {
        int before = ok("/obstacles").path("features").size();
        HttpResponse<String> otherOrigin =
                post("/obstacles", FEATURE, "application/geo+json", planner(), "Origin", "https://evil.example");
        HttpResponse<String> crossSiteForm = post(
                "/obstacles/import",
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.geojson\"\r\n\r\n"
                        + "{\"type\":\"FeatureCollection\",\"features\":[" + FEATURE + "]}\r\n--b--\r\n",
                "multipart/form-data; boundary=b",
                planner(),
                "Sec-Fetch-Site",
                "cross-site");
        assertThat(otherOrigin.statusCode()).isEqualTo(403);
        assertThat(crossSiteForm.statusCode()).isEqualTo(403);
        assertThat(otherOrigin.body()).as("refused by CORS before the guard").contains("web site");
        assertThat(crossSiteForm.body()).contains("another web site");
        assertThat(ok("/obstacles").path("features").size()).isEqualTo(before);

        // the server's own page, a trusted site and a program without Origin may
        assertThat(post("/obstacles", FEATURE, "application/geo+json", planner(), "Origin", "http://localhost:" + port)
                        .statusCode())
                .isEqualTo(201);
        assertThat(post("/obstacles", FEATURE, "application/geo+json", planner(), "Sec-Fetch-Site", "same-origin")
                        .statusCode())
                .isEqualTo(201);
        assertThat(post(
                                "/obstacles",
                                FEATURE,
                                "application/geo+json",
                                planner(),
                                "Origin",
                                "https://planning.example.org")
                        .statusCode())
                .isEqualTo(201);
        assertThat(post("/obstacles", FEATURE, "application/geo+json", planner(), "X-Test", "none")
                        .statusCode())
                .isEqualTo(201);
        assertThat(ok("/obstacles").path("features").size()).isEqualTo(before + 4);
    }

    @Test
    void headIsARead() throws Exception {
        assertThat(send("HEAD", "/obstacles/audit?limit=1000", null).statusCode())
                .isEqualTo(401);
        assertThat(send("HEAD", "/planner/whoami", null).statusCode()).isEqualTo(401);
        assertThat(send("HEAD", "/planner/whoami", planner()).statusCode()).isEqualTo(200);
        assertThat(send("HEAD", "/obstacles", null).statusCode()).isEqualTo(200);
    }

    @Test
    void guessingPasswordsIsPausedAndNeverSlowsPublicRequests() throws Exception {
        String guesser = basic("mallory", "guess");
        for (int i = 0; i < 3; i++)
            assertThat(send("GET", "/planner/whoami", guesser).statusCode()).isEqualTo(401);
        HttpResponse<String> paused = send("GET", "/planner/whoami", guesser);
        assertThat(paused.statusCode()).isEqualTo(429);
        assertThat(paused.headers().firstValue("Retry-After")).isPresent();
        assertThat(paused.body()).contains("Too many wrong passwords");
        // a colleague at the same address still gets in
        assertThat(send("GET", "/planner/whoami", planner()).statusCode()).isEqualTo(200);

        // public requests never look at credentials, right or wrong
        assertThat(send("GET", ROUTE, guesser).statusCode()).isEqualTo(200);
        assertThat(send("GET", ROUTE, "Basic !!!not-base64").statusCode()).isEqualTo(200);
        assertThat(send("GET", "/obstacles", guesser).statusCode()).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesTheBrowserProtectionsAndHealthTellsNoDetails() throws Exception {
        for (String path : new String[] {"/kiosk/", "/planner/", ROUTE, "/nowhere"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp ->
                            assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy"))
                    .as(path)
                    .isPresent();
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
        }
        HttpResponse<String> head = send("HEAD", "/kiosk/", null);
        assertThat(head.headers().firstValue("Content-Security-Policy"))
                .as("HEAD too")
                .isPresent();
        String health = get("/actuator/health").body();
        assertThat(health)
                .contains("\"UP\"")
                .doesNotContain("path")
                .doesNotContain("H2")
                .doesNotContain("diskSpace");
    }

    private HttpResponse<String> post(String path, String body, String type, String auth, String header, String value)
            throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", type)
                        .header("Authorization", auth)
                        .header(header, value)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String auth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (auth != null) request.header("Authorization", auth);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String planner() {
        return basic(SharedTestData.PLANNER, SharedTestData.PLANNER_PASSWORD);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
