package se.accessiblenav.core.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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

    public static Path heidelberg() {
        return require(dir().resolve("alt/heidelberg-de.osm.pbf"));
    }

    /** VRN's timetable for Heidelberg, 2022 (a cut of the real feed; credit "VRN"). */
    public static Path heidelbergTimetable() {
        return require(dir().resolve("alt/heidelberg-vrn-gtfs-2022.zip"));
    }

    /** Every OSM extract in the shared folder and its {@code alt/} folder, by file name. */
    public static List<Path> allExtracts() {
        require(dir().resolve("stockholm-central.osm.pbf"));
        try (Stream<Path> top = Files.list(dir());
                Stream<Path> alt = Files.list(dir().resolve("alt"))) {
            return Stream.concat(top, alt)
                    .filter(file -> file.getFileName().toString().endsWith(".osm.pbf"))
                    .sorted((a, b) -> a.getFileName().compareTo(b.getFileName()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The graph cache folder for an extract that every test of this module's run shares, under
     * {@code target/}: the first test to open the extract imports it, the others load it.
     */
    public static Path sharedCacheDir(Path extract) {
        String name = extract.getFileName().toString().replace(".osm.pbf", "");
        return Path.of("target", "shared-graphs", name);
    }

    /** The file; fails (not skips) on CI, where the shared data must be present, skips on a bare checkout. */
    public static Path require(Path file) {
        if (!Files.isRegularFile(file)) {
            if (System.getenv("CI") != null) throw new IllegalStateException("Shared OSM extract missing: " + file);
            Assumptions.abort("Shared OSM extract not present: " + file);
        }
        return file;
    }
}
