package se.accessiblenav.core.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An origin/destination pair drawn for a walking distance band ({@code foot}'s route length within 20 %
 * of {@code bandMeters}), read from and written to {@code band,fromLat,fromLon,toLat,toLon} lines.
 */
public record BandedPair(int bandMeters, OdPair pair) {
    public static final String HEADER = "bandMeters,fromLat,fromLon,toLat,toLon";

    public static List<BandedPair> readCsv(Path file) {
        try {
            List<BandedPair> pairs = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("band")) continue;
                String[] f = line.split(",");
                pairs.add(new BandedPair(Integer.parseInt(f[0].trim()), OdPair.parse(f, 1)));
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read origin/destination pairs " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a file of " + HEADER + " lines: " + file, e);
        }
    }

    public static void writeCsv(Path file, List<BandedPair> pairs) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (BandedPair p : pairs) csv.append(p.toCsv()).append('\n');
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write origin/destination pairs " + file, e);
        }
    }

    public String toCsv() {
        return String.format(Locale.ROOT, "%d,%s", bandMeters, pair.toCsv());
    }
}
