package se.accessiblenav.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points server tests at the real extracts in ../shared/data, with a graph cache reused across runs. */
public final class SharedTestData {
    private SharedTestData() {}

    public static Path stockholm() {
        String dir = System.getProperty("shared.data.dir", "../../shared/data");
        Path file = Path.of(dir, "stockholm-central.osm.pbf");
        if (!Files.isRegularFile(file))
            throw new IllegalStateException("Shared OSM extract missing: " + file.toAbsolutePath());
        return file;
    }

    /** A planner account for the tests: name {@value #PLANNER}, password {@value #PLANNER_PASSWORD}. */
    public static final String PLANNER = "anna";

    public static final String PLANNER_PASSWORD = "anna-test-password";
    private static final String PLANNER_HASH =
            org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder()
                    .encode(PLANNER_PASSWORD);
    /** The runnable server jar of this build (the package phase makes it before the integration tests). */
    public static Path serverJar() throws java.io.IOException {
        try (java.util.stream.Stream<Path> jars = Files.list(Path.of("target"))) {
            // the runnable jar is the one without a classifier (not -tests, not .original)
            return jars.filter(p -> p.getFileName().toString().matches("server-[0-9][0-9.]*(-SNAPSHOT)?\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No server jar in target/: run the package phase"));
        }
    }

    /** The planner's password hash as the server's settings take it. */
    public static String plannerPasswordHash() {
        return PLANNER_HASH;
    }

    /** A fresh embedded obstacle store per test run (a real H2 file under target/). */
    private static final String OBSTACLE_DB =
            "jdbc:h2:file:./target/it-obstacles/" + java.util.UUID.randomUUID() + "/obstacles";

    /**
     * The server in demonstration mode (as ./run starts it): the demonstration obstacles seeded into an
     * obstacle store of its own, so the other tests' stores stay free of them.
     */
    public static void stockholmDemoServer(DynamicPropertyRegistry registry) {
        stockholmServer(registry);
        registry.add("spring.datasource.url", () -> DEMO_OBSTACLE_DB);
        registry.add("navigation.demo.enabled", () -> "true");
    }

    private static final String DEMO_OBSTACLE_DB =
            "jdbc:h2:file:./target/it-obstacles/" + java.util.UUID.randomUUID() + "-demo/obstacles";

    /** Heidelberg with VRN's 2022 timetable, for trips with public transport. */
    public static void heidelbergTransitServer(DynamicPropertyRegistry registry) {
        String dir = System.getProperty("shared.data.dir", "../../shared/data");
        Path map = Path.of(dir, "alt", "heidelberg-de.osm.pbf");
        Path timetable = Path.of(dir, "alt", "heidelberg-vrn-gtfs-2022.zip");
        for (Path file : List.of(map, timetable))
            if (!Files.isRegularFile(file))
                throw new IllegalStateException("Shared data missing: " + file.toAbsolutePath());
        registry.add("navigation.map.osm-file", map::toString);
        registry.add("navigation.transit.gtfs-files", timetable::toString);
        registry.add("navigation.graph.cache-dir", () -> "target/it-graph-cache/heidelberg-transit");
        registry.add("spring.datasource.url", () -> OBSTACLE_DB);
    }

    /** Stockholm with the kiosk's demonstration timetable (a graph cache of its own). */
    public static void stockholmDemoTimetableServer(DynamicPropertyRegistry registry) {
        stockholmServer(registry);
        registry.add("navigation.transit.demo-timetable", () -> "true");
        registry.add("navigation.graph.cache-dir", () -> "target/it-graph-cache/stockholm-demo-timetable");
    }

    public static void stockholmServer(DynamicPropertyRegistry registry) {
        registry.add("navigation.map.osm-file", () -> stockholm().toString());
        registry.add("navigation.graph.cache-dir", () -> "target/it-graph-cache/stockholm");
        registry.add("spring.datasource.url", () -> OBSTACLE_DB);
        registry.add("navigation.security.users[0].name", () -> PLANNER);
        registry.add("navigation.security.users[0].password-hash", () -> PLANNER_HASH);
    }
}
