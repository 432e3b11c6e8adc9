package se.accessiblenav.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.accessiblenav.server.HeadlessChromium;
import se.accessiblenav.server.SharedTestData;
import se.accessiblenav.server.bench.ServerProcess;

/**
 * The kiosk left alone: the real server jar as its own process, the kiosk page in headless Chromium
 * looping through the walks at a raised pace. After a warm-up loop the server's heap (after a full GC)
 * and the page's JavaScript heap and DOM are measured, again after more loops, and must stay flat. Then
 * the server is stopped and started again; the page must notice, wait, and go on by itself.
 *
 * <p>CI runs a short version (2 loops at 80× walking pace). {@code bin/kiosk-soak LOOPS SPEED} runs a
 * long one with the same code (-Dkiosk.soak.loops, -Dkiosk.soak.speed) and writes
 * target/kiosk-soak/report.md.
 */
class KioskSoakIT {
    static final int LOOPS = Integer.getInteger("kiosk.soak.loops", 2);
    static final int SPEED = Integer.getInteger("kiosk.soak.speed", 80);
    static final long SERVER_HEAP_GROWTH_LIMIT_BYTES = 24L * 1024 * 1024;
    static final long PAGE_HEAP_GROWTH_LIMIT_BYTES = 4L * 1024 * 1024;
    static final Path WORK = Path.of("target/kiosk-soak");

    ServerProcess server;
    ChromeDriver browser;

    @AfterEach
    void stop() throws Exception {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void memoryStaysFlatOverLoopsAndTheKioskRecoversWhenTheServerRestarts() throws Exception {
        Files.createDirectories(WORK);
        int port = freePort();
        String database = "jdbc:h2:file:" + WORK.toAbsolutePath() + "/obstacles-" + UUID.randomUUID();
        server = startServer(port, database, "first");
        long firstStartMillis = server.readyMillis();

        browser = HeadlessChromium.start();
        browser.get("http://localhost:" + port + "/kiosk/?autostart=1&speed=" + SPEED);
        Duration perLoop = Duration.ofMinutes(40 / Math.min(SPEED, 40) + 2);
        waitUntil(perLoop, "warm-up loop", () -> number("window.kiosk.state.loops") >= 1);
        Memory warm = measure();

        long loopsStart = System.nanoTime();
        waitUntil(perLoop.multipliedBy(LOOPS), LOOPS + " loops", () -> number("window.kiosk.state.loops") >= 1 + LOOPS);
        double secondsPerLoop = (System.nanoTime() - loopsStart) / 1e9 / LOOPS;
        Memory after = measure();

        // the server goes away (a restart) and comes back: the page must carry on by itself
        long waitsBefore = number("window.kiosk.stats.serverWaits");
        server.close();
        server = null;
        waitUntil(
                Duration.ofSeconds(90),
                "the page to notice the server is away",
                () -> number("window.kiosk.stats.serverWaits") > waitsBefore);
        String waitingStatus = (String) js("document.getElementById('status').textContent");
        long walksBeforeRestart = number("window.kiosk.state.walksDone");
        server = startServer(port, database, "restart");
        long warmStartMillis = server.readyMillis();
        waitUntil(
                perLoop,
                "two more walks after the restart",
                () -> number("window.kiosk.state.walksDone") >= walksBeforeRestart + 2
                        && !(Boolean) js("window.kiosk.state.serverAway"));

        String report = report(firstStartMillis, warmStartMillis, secondsPerLoop, warm, after);
        Files.writeString(WORK.resolve("report.md"), report);
        System.out.println(report);

        assertThat(waitingStatus).contains("Waiting for the server");
        assertThat(after.serverHeapBytes - warm.serverHeapBytes)
                .as("server heap growth over %d loops", LOOPS)
                .isLessThan(SERVER_HEAP_GROWTH_LIMIT_BYTES);
        assertThat(after.pageHeapBytes - warm.pageHeapBytes)
                .as("page heap growth over %d loops", LOOPS)
                .isLessThan(PAGE_HEAP_GROWTH_LIMIT_BYTES);
        assertThat(after.domNodes).as("DOM nodes").isBetween(warm.domNodes - 20, warm.domNodes + 20);
        assertThat(number("window.kiosk.stats.audioPlayed")).as("audio played").isPositive();
    }

    private ServerProcess startServer(int port, String database, String name) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                SharedTestData.serverJar().toString(),
                "--server.port=" + port,
                "--navigation.map.osm-file=" + SharedTestData.stockholm().toAbsolutePath(),
                "--navigation.graph.cache-dir=target/it-graph-cache/stockholm",
                "--spring.datasource.url=" + database,
                "--navigation.demo.enabled=true"));
        return ServerProcess.start(
                command,
                URI.create("http://localhost:" + port + "/actuator/health"),
                WORK.resolve("server-" + name + ".log"),
                Duration.ofMinutes(10));
    }

    record Memory(long serverHeapBytes, long pageHeapBytes, long domNodes) {}

    private Memory measure() throws Exception {
        browser.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
        Map<String, Object> usage = browser.executeCdpCommand("Runtime.getHeapUsage", Map.of());
        long pageHeap = ((Number) usage.get("usedSize")).longValue();
        long domNodes = number("document.getElementsByTagName('*').length");
        return new Memory(serverHeapAfterFullGc(), pageHeap, domNodes);
    }

    /** The server's used heap right after a full collection, read with the JDK's jcmd. */
    private long serverHeapAfterFullGc() throws Exception {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) throw new IllegalStateException("Unexpected jcmd GC.heap_info output: " + info);
        return Long.parseLong(used.group(1)) * 1024;
    }

    private String jcmd(String command) throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(server.pid()),
                        command)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) throw new IllegalStateException("jcmd " + command + " failed: " + output);
        return output;
    }

    private String report(long firstStartMillis, long warmStartMillis, double secondsPerLoop, Memory warm, Memory after)
            throws Exception {
        return String.format(
                Locale.ROOT,
                """
                # Kiosk soak
                %d loops after a warm-up loop, walks at %d× walking pace (%.0f s a loop), %d walks in all.
                | figure | after warm-up | after the loops | growth |
                |---|---:|---:|---:|
                | server heap after full GC | %.1f MB | %.1f MB | %+.1f MB |
                | page JavaScript heap after GC | %.1f MB | %.1f MB | %+.2f MB |
                | page DOM elements | %d | %d | %+d |
                Audio played: %d, failed: %d (failures while the server was away are expected).
                Server ready: first start %.1f s, restart with a warm graph cache %.1f s.
                """,
                LOOPS,
                SPEED,
                secondsPerLoop,
                number("window.kiosk.state.walksDone"),
                warm.serverHeapBytes / 1e6,
                after.serverHeapBytes / 1e6,
                (after.serverHeapBytes - warm.serverHeapBytes) / 1e6,
                warm.pageHeapBytes / 1e6,
                after.pageHeapBytes / 1e6,
                (after.pageHeapBytes - warm.pageHeapBytes) / 1e6,
                warm.domNodes,
                after.domNodes,
                after.domNodes - warm.domNodes,
                number("window.kiosk.stats.audioPlayed"),
                number("window.kiosk.stats.audioFailed"),
                firstStartMillis / 1e3,
                warmStartMillis / 1e3);
    }

    private void waitUntil(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, timeout, Duration.ofMillis(500))
                .withMessage("waiting for " + what)
                .until(d -> condition.getAsBoolean());
    }

    private long number(String expression) {
        return ((Number) js(expression)).longValue();
    }

    private Object js(String expression) {
        return browser.executeScript("return " + expression);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
