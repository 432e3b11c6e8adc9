package se.accessiblenav.core.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows whether the prepared graph in a cache folder was built from the current OSM file and profile
 * configuration. GraphHopper loads any graph folder it finds and does not notice a changed extract, so
 * the folder carries a fingerprint file of ours: the extract's SHA-256 and a hash of the configuration.
 */
final class GraphCache {
    static final String FINGERPRINT_FILE = "accessible-navigation.fingerprint";
    /** Written before an import starts: a folder left by a failed import is still recognised as ours. */
    static final String BUILDING_MARKER = "accessible-navigation.building";
    /** The extract's named places, kept beside the graph so a warm start need not read the extract. */
    static final String PLACES_FILE = "places.tsv";
    /** The size and CRC-32C of every file of the prepared graph, written after the import, checked at load. */
    static final String CHECKSUMS_FILE = "accessible-navigation.checksums";

    private static final Logger LOG = LoggerFactory.getLogger(GraphCache.class);

    private final Path cacheDir;
    private final String expectedFingerprint;

    GraphCache(Path cacheDir, Path osmFile, String configurationText) {
        this.cacheDir = cacheDir;
        this.expectedFingerprint =
                "osm-sha256=" + sha256(osmFile) + "\nconfig-sha256=" + sha256(configurationText) + "\n";
    }

    Path dir() {
        return cacheDir;
    }

    /** True when the folder holds a complete graph built from this extract and configuration. */
    boolean isCurrent() {
        return readFingerprint().map(expectedFingerprint::equals).orElse(false);
    }

    /**
     * The files that differ from what the import wrote (damaged, cut short, missing or added), empty when the
     * prepared graph is whole. A cache without checksums (an older build's) counts as damaged.
     */
    List<String> damagedFiles() {
        return CacheChecksums.verify(cacheDir, cacheDir.resolve(CHECKSUMS_FILE), GraphCache::isGraphFile);
    }

    /**
     * GraphHopper's files and ours that make up the prepared graph; not the markers of this class, and not the
     * timetable databases of GraphHopper's transit module (MapDB rewrites their headers whenever it opens
     * and closes them, and checks them itself).
     */
    private static boolean isGraphFile(Path file) {
        String name = file.getFileName().toString();
        return !name.equals(FINGERPRINT_FILE)
                && !name.equals(BUILDING_MARKER)
                && !name.equals(CHECKSUMS_FILE)
                && !TIMETABLE_DATABASE.matcher(name).matches();
    }

    private static final java.util.regex.Pattern TIMETABLE_DATABASE =
            java.util.regex.Pattern.compile("(gtfs_\\d+|transit_schedule)(\\.[pt])?");

    private Optional<String> readFingerprint() {
        Path file = cacheDir.resolve(FINGERPRINT_FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Claims the (empty or cleared) folder before the import writes into it. */
    void markBuilding() {
        try {
            Files.createDirectories(cacheDir);
            Files.writeString(cacheDir.resolve(BUILDING_MARKER), "import started\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create graph cache folder " + cacheDir, e);
        }
    }

    /** Written last, after a successful import: a half-built folder never looks current. */
    void markCurrent() {
        try {
            CacheChecksums.write(cacheDir, cacheDir.resolve(CHECKSUMS_FILE), GraphCache::isGraphFile);
            Files.writeString(cacheDir.resolve(FINGERPRINT_FILE), expectedFingerprint);
            Files.deleteIfExists(cacheDir.resolve(BUILDING_MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write graph cache fingerprint in " + cacheDir, e);
        }
    }

    /**
     * Removes a stale graph. Refuses to empty a folder that does not look like a graph cache (no
     * GraphHopper {@code properties} file and no fingerprint), so a mistyped path never deletes user data.
     */
    void clear() {
        if (!Files.exists(cacheDir)) return;
        boolean looksLikeGraph = Files.exists(cacheDir.resolve("properties"))
                || Files.exists(cacheDir.resolve(FINGERPRINT_FILE))
                || Files.exists(cacheDir.resolve(BUILDING_MARKER));
        boolean empty;
        try (Stream<Path> entries = Files.list(cacheDir)) {
            empty = entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list graph cache " + cacheDir, e);
        }
        if (empty) return;
        if (!looksLikeGraph)
            throw new RouterSetupException(
                    "The graph cache folder " + cacheDir.toAbsolutePath() + " is not empty and does not hold a graph;"
                            + " it was left untouched.",
                    "Choose an empty or new folder for navigation.graph.cache-dir.");
        LOG.info("Removing stale graph cache {}", cacheDir);
        try (Stream<Path> walk = Files.walk(cacheDir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove stale graph cache " + cacheDir, e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bytes of every file in the cache folder. */
    static long bytesIn(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure the graph cache " + dir, e);
        }
    }
}
