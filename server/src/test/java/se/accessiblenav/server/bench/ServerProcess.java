package se.accessiblenav.server.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A server started as a child process on loopback, waited for, and always stopped. */
public final class ServerProcess implements AutoCloseable {
    private final Process process;
    final long readyMillis;

    private ServerProcess(Process process, long readyMillis) {
        this.process = process;
        this.readyMillis = readyMillis;
    }

    public static ServerProcess start(List<String> command, URI readyUrl, Path log, Duration timeout)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(new File("."))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("Server exited early; see " + log);
            try {
                HttpResponse<Void> response =
                        http.send(HttpRequest.newBuilder(readyUrl).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200)
                    return new ServerProcess(process, (System.nanoTime() - start) / 1_000_000);
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Server not ready within " + timeout + "; see " + log);
    }

    /**
     * The command that starts the server jar on loopback with one planner account (the password hashed
     * here), an OSM extract, a graph cache folder and an obstacle store; more {@code --name=value} settings
     * may follow. {@code -XX:+ExitOnOutOfMemoryError}, as in production.
     */
    public static List<String> command(
            Path jar,
            String heap,
            int port,
            Path osm,
            Path cacheDir,
            String datasource,
            String planner,
            String password,
            String... settings) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-XX:+ExitOnOutOfMemoryError",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--navigation.map.osm-file=" + osm.toAbsolutePath(),
                "--navigation.graph.cache-dir=" + cacheDir.toAbsolutePath(),
                "--spring.datasource.url=" + datasource,
                "--navigation.security.users[0].name=" + planner,
                "--navigation.security.users[0].password-hash="
                        + org.springframework.security.crypto.factory.PasswordEncoderFactories
                                .createDelegatingPasswordEncoder()
                                .encode(password)));
        command.addAll(List.of(settings));
        return command;
    }

    /** A port free on this machine just now. */
    public static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Milliseconds from the start of the process until the ready address answered 200. */
    public long readyMillis() {
        return readyMillis;
    }

    public long pid() {
        return process.pid();
    }

    /** Live heap of the server after a full collection (jcmd), in MB. */
    public long liveHeapMb() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        java.util.regex.Matcher used =
                java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) throw new IllegalStateException("no heap figure in: " + info);
        return Long.parseLong(used.group(1)) / 1024;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(process.pid()), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
