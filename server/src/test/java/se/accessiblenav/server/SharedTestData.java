package se.accessiblenav.server;

import java.nio.file.Files;
import java.nio.file.Path;
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

    public static void stockholmServer(DynamicPropertyRegistry registry) {
        registry.add("navigation.map.osm-file", () -> stockholm().toString());
        registry.add("navigation.graph.cache-dir", () -> "target/it-graph-cache/stockholm");
    }
}
