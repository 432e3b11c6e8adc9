package se.accessiblenav.core.routing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The real OSM extracts in {@code ../shared/data} (ODbL, never copied into the repository). */
public final class SharedData {
    private SharedData() {}

    public static Path dir() {
        String configured = System.getProperty("shared.data.dir");
        return configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "data");
    }

    public static Path stockholm() {
        return require(dir().resolve("stockholm-central.osm.pbf"));
    }

    public static Path berlin() {
        return require(dir().resolve("alt/berlin-wittenau-miraustr-de.osm.pbf"));
    }

    /** Fails (not skips) on CI, where the shared data must be present; skips on a bare checkout. */
    private static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            if (System.getenv("CI") != null) throw new IllegalStateException("Shared OSM extract missing: " + file);
            Assumptions.abort("Shared OSM extract not present: " + file);
        }
        return file;
    }
}
