package se.accessiblenav.voice.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import se.accessiblenav.server.bench.ServerProcess;

/**
 * The real navigation server, started from its jar as a child process on the Stockholm extract (the graph
 * cache the server's own tests built is reused), with a fresh embedded obstacle store. Always stopped.
 */
final class NavigationServer implements AutoCloseable {
    private final ServerProcess process;
    private final URI base;
    private final Path log;

    private NavigationServer(ServerProcess process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    static NavigationServer start() throws IOException, InterruptedException {
        return start(List.of());
    }

    /** The server with these settings besides (e.g. {@code --navigation.help.contacts[0].name=Anna}). */
    static NavigationServer start(List<String> settings) throws IOException, InterruptedException {
        Path osm = Path.of(System.getProperty("shared.data.dir", "../../shared/data"), "stockholm-central.osm.pbf");
        return start(osm, System.getProperty("server.graph.cache", "target/e2e-graph-cache"), settings);
    }

    /** The server on another extract, with a graph cache of its own and these settings besides. */
    static NavigationServer start(Path osm, String cache, List<String> settings)
            throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("server.jar", "../server/target/server-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("Build the server first: " + jar);
        if (!Files.isRegularFile(osm)) throw new IllegalStateException("Shared OSM extract missing: " + osm);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path work = Files.createDirectories(
                Path.of("target", "e2e", UUID.randomUUID().toString()));
        Path log = work.resolve("server.log");
        URI base = URI.create("http://localhost:" + port + "/");
        ServerProcess process = ServerProcess.start(
                command(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "-jar",
                                jar.toString(),
                                "--server.port=" + port,
                                "--navigation.map.osm-file=" + osm,
                                "--navigation.graph.cache-dir=" + cache,
                                "--spring.datasource.url=jdbc:h2:file:"
                                        + work.toAbsolutePath().resolve("obstacles")),
                        settings),
                base.resolve("actuator/health"),
                log,
                Duration.ofMinutes(5));
        return new NavigationServer(process, base, log);
    }

    private static List<String> command(List<String> base, List<String> settings) {
        List<String> command = new java.util.ArrayList<>(base);
        command.addAll(settings);
        return command;
    }

    URI base() {
        return base;
    }

    Path log() {
        return log;
    }

    /** Stops the server as a crash or a restart would, mid-walk. */
    void stop() throws InterruptedException {
        process.close();
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
