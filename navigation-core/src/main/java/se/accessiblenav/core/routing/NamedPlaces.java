package se.accessiblenav.core.routing;

import com.graphhopper.util.AngleCalc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.accessiblenav.core.osm.PlaceIndex;

/**
 * The named places of the map (stops, entrances, shops) for "around me" and the landmark cues: written
 * into the graph cache folder by the import, read in the background at start, and from the extract itself
 * when that file cannot be read.
 */
final class NamedPlaces {
    private static final Logger LOG = LoggerFactory.getLogger(NamedPlaces.class);
    /** "Ahead of me": within this many degrees of the walker's heading. */
    private static final double AHEAD_DEGREES = 45;

    private final Path file;
    private final Path osmFile;
    private volatile PlaceIndex index;

    NamedPlaces(Path file, Path osmFile) {
        this.file = file;
        this.osmFile = osmFile;
    }

    /** Part of the import: a warm start then reads a small file instead of the whole extract again. */
    static void save(Path osmFile, Path file) {
        try {
            PlaceIndex.read(osmFile.toFile()).save(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the named places to " + file, e);
        }
    }

    /** Reads the places on a thread of their own; until then {@link #readyOrNull} is null. */
    void readInBackground() {
        Thread reader = new Thread(
                () -> {
                    try {
                        get();
                    } catch (RuntimeException e) {
                        LOG.warn("Named places could not be read; routes get no landmark cues: {}", e.getMessage());
                    }
                },
                "place-index");
        reader.setDaemon(true);
        reader.start();
    }

    /** The places if they are read already, else null (guidance then gives no landmark cues). */
    PlaceIndex readyOrNull() {
        return index;
    }

    /** The places, read now if they are not yet. */
    PlaceIndex get() {
        PlaceIndex read = index;
        if (read == null) {
            synchronized (this) {
                if (index == null) index = read();
                read = index;
            }
        }
        return read;
    }

    /** Places within the radius, nearest first; with {@code aheadOnly} and a heading, those ahead only. */
    List<PlaceIndex.Nearby> listWithin(double lat, double lon, double radiusMeters, Double heading, boolean aheadOnly) {
        List<PlaceIndex.Nearby> nearby = get().listWithin(lat, lon, radiusMeters);
        if (!aheadOnly || heading == null) return nearby;
        return nearby.stream()
                .filter(n -> Math.abs(turn(heading, bearing(lat, lon, n.place()))) <= AHEAD_DEGREES)
                .toList();
    }

    private static double bearing(double lat, double lon, PlaceIndex.Place place) {
        return AngleCalc.ANGLE_CALC.calcAzimuth(lat, lon, place.lat(), place.lon());
    }

    /** The signed turn from one heading to another, -180..180 degrees. */
    private static double turn(double from, double to) {
        return ((to - from) % 360 + 540) % 360 - 180;
    }

    private PlaceIndex read() {
        try {
            return PlaceIndex.load(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read {} ({}); reading the places from the extract", file, e.getMessage());
            return PlaceIndex.read(osmFile.toFile());
        }
    }
}
