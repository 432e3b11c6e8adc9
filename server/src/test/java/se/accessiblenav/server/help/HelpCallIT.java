package se.accessiblenav.server.help;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.accessiblenav.server.AxeCheck;
import se.accessiblenav.server.HeadlessChromium;
import se.accessiblenav.server.SharedTestData;

/**
 * A call for help on the real server over HTTP, delivered through real channels: e-mail to a real SMTP
 * server (GreenMail), a webhook to a real HTTP server (and one that fails, retried and reported), and
 * acknowledged from the share page in Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpCallIT {
    private static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final BlockingQueue<String> ALARM = new LinkedBlockingQueue<>();
    private static final HttpServer WEBHOOKS = webhooks();

    static {
        MAIL.start();
        WEBHOOKS.start();
    }

    private static HttpServer webhooks() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/alarm", exchange -> {
                ALARM.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(202, -1);
                exchange.close();
            });
            server.createContext("/broken", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
            });
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        MAIL.stop();
        WEBHOOKS.stop(0);
    }

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        SharedTestData.stockholmServer(registry);
        String hooks = "http://127.0.0.1:" + WEBHOOKS.getAddress().getPort();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("navigation.help.from", () -> "help@navigation.example");
        registry.add("navigation.help.retry-delays", () -> "100ms,200ms");
        registry.add("navigation.help.contacts[0].name", () -> "Anna");
        registry.add("navigation.help.contacts[0].email", () -> "anna@example.org");
        registry.add("navigation.help.contacts[1].name", () -> "Larmcentralen");
        registry.add("navigation.help.contacts[1].webhook", () -> hooks + "/alarm");
        registry.add("navigation.help.contacts[2].name", () -> "Gammal larmtjänst");
        registry.add("navigation.help.contacts[2].webhook", () -> hooks + "/broken");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> send(String method, String path, String key, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) request.header("X-Help-Key", key);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode statusWhen(String id, String key, java.util.function.Predicate<JsonNode> done) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode status;
        do {
            status = json.readTree(send("GET", "/help/" + id, key, null).body());
            if (done.test(status)) return status;
            Thread.sleep(100);
        } while (System.nanoTime() < until);
        return status;
    }

    private static JsonNode delivery(JsonNode status, String contact) {
        for (JsonNode d : status.path("deliveries"))
            if (d.path("contact").asText().equals(contact)) return d;
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    @Test
    void aCallReachesEveryContactAndTheWalkerHearsWhoHasSeenIt() throws Exception {
        HttpResponse<String> made = send(
                "POST",
                "/help",
                null,
                "{\"lat\": 59.3356, \"lon\": 18.0631, \"accuracy\": 8, \"name\": \"Erik\", \"locale\": \"en\","
                        + " \"route\": [[18.0631, 59.3356], [18.0650, 59.3357], [18.0737, 59.3358]]}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode call = json.readTree(made.body());
        String id = call.path("id").asText();
        String key = call.path("update_key").asText();
        String shareUrl = call.path("share_url").asText();
        String words = call.path("words").asText();
        assertThat(words).isNotBlank().doesNotContain("59.33");
        assertThat(shareUrl).startsWith("http://localhost:" + port + "/share/");
        assertThat(shareUrl.substring(shareUrl.lastIndexOf('/') + 1)).hasSizeGreaterThanOrEqualTo(24);
        assertThat(call.path("contacts").toString()).contains("Anna", "Larmcentralen");

        // e-mail, through a real SMTP server
        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage email = MAIL.getReceivedMessages()[0];
        assertThat(email.getSubject()).isEqualTo("Erik asks for help");
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("anna@example.org");
        String text = GreenMailUtil.getBody(email).replace("=\r\n", "");
        assertThat(text)
                .contains(words.substring(0, Math.min(20, words.length())), "59.335600, 18.063100", "within 8 m");
        assertThat(text).contains(shareUrl.substring(shareUrl.lastIndexOf('/') + 1));

        // the webhook of an alarm centre
        JsonNode alarm = json.readTree(ALARM.poll(10, TimeUnit.SECONDS));
        assertThat(alarm.path("event").asText()).isEqualTo("help");
        assertThat(alarm.path("walker").asText()).isEqualTo("Erik");
        assertThat(alarm.path("lat").asDouble()).isEqualTo(59.3356);
        assertThat(alarm.path("share_url").asText()).isEqualTo(shareUrl);
        assertThat(alarm.path("route").size()).isEqualTo(3);

        // a webhook that fails is tried again, then reported to the walker
        JsonNode status = statusWhen(
                id,
                key,
                s -> delivery(s, "Gammal larmtjänst").path("state").asText().equals("failed"));
        assertThat(delivery(status, "Anna").path("state").asText()).isEqualTo("sent");
        assertThat(delivery(status, "Anna").path("channel").asText()).isEqualTo("e-mail");
        assertThat(delivery(status, "Larmcentralen").path("state").asText()).isEqualTo("sent");
        JsonNode broken = delivery(status, "Gammal larmtjänst");
        assertThat(broken.path("state").asText()).isEqualTo("failed");
        assertThat(broken.path("attempts").asInt()).isEqualTo(3);
        assertThat(broken.path("error").asText()).contains("500");
        assertThat(status.path("open").asBoolean()).isTrue();

        // the walker moves: the alarm centre follows
        HttpResponse<String> moved =
                send("POST", "/help/" + id + "/position", key, "{\"lat\": 59.3357, \"lon\": 18.0650, \"accuracy\": 6}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        JsonNode update = json.readTree(ALARM.poll(10, TimeUnit.SECONDS));
        assertThat(update.path("event").asText()).isEqualTo("position");
        assertThat(update.path("lon").asDouble()).isEqualTo(18.0650);

        // Anna opens the link in a real browser and says she has seen it
        ChromeDriver browser = HeadlessChromium.start();
        try {
            browser.get(shareUrl);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            wait.until(b -> b.findElement(By.id("title")).getText().contains("Erik"));
            assertThat(browser.findElement(By.id("where")).getText()).isNotBlank();
            assertThat(browser.findElement(By.id("coordinates")).getText()).contains("59.335700, 18.065000");
            AxeCheck.assertNoViolations(browser, "share page");
            browser.findElement(By.id("name")).sendKeys("Anna");
            browser.findElement(By.id("seen")).click();
            wait.until(b -> b.findElement(By.id("told")).getText().contains("Thank you, Anna"));
        } finally {
            browser.quit();
        }
        status = statusWhen(id, key, s -> s.path("seen_by").size() > 0);
        assertThat(status.path("seen_by").get(0).path("name").asText()).isEqualTo("Anna");
        assertThat(status.path("open").asBoolean()).isFalse();

        // the walker cancels; the page says so; the key is needed for all of it
        assertThat(send("DELETE", "/help/" + id, "not-the-key", null).statusCode())
                .isEqualTo(404);
        assertThat(send("DELETE", "/help/" + id, key, null).statusCode()).isEqualTo(204);
        String token = shareUrl.substring(shareUrl.lastIndexOf('/') + 1);
        JsonNode shared = json.readTree(
                send("GET", "/share/" + token + "/status", null, null).body());
        assertThat(shared.path("cancelled").asBoolean()).isTrue();
        assertThat(shared.path("track").size()).isEqualTo(2);
    }

    @Test
    void mistakesAreExplained() throws Exception {
        HttpResponse<String> noPosition = send("POST", "/help", null, "{\"name\": \"Erik\"}");
        assertThat(noPosition.statusCode()).isEqualTo(400);
        assertThat(noPosition.body()).contains("Give the position as lat and lon");
        HttpResponse<String> outside = send("POST", "/help", null, "{\"lat\": 48.85, \"lon\": 2.35}");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("outside the loaded map");
        assertThat(send("GET", "/help/nope", "nokey", null).statusCode()).isEqualTo(404);
        HttpResponse<String> page = send("GET", "/share/not-a-token", null, null);
        assertThat(page.statusCode()).isEqualTo(404);
        HttpResponse<String> seen = send("POST", "/share/not-a-token/seen", null, "{\"name\": \"Anna\"}");
        assertThat(seen.statusCode()).isEqualTo(404);
        assertThat(seen.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    }
}
