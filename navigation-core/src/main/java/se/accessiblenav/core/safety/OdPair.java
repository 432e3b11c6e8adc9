package se.accessiblenav.core.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An origin and destination, read from and written to {@code fromLat,fromLon,toLat,toLon} lines. */
public record OdPair(double fromLat, double fromLon, double toLat, double toLon) {
    public static List<OdPair> readCsv(Path file) {
        try {
            List<OdPair> pairs = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("from")) continue;
                pairs.add(parse(line.split(","), 0));
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read origin/destination pairs " + file, e);
        }
    }

    /** The pair in four fields from {@code first} on: from lat, from lon, to lat, to lon. */
    static OdPair parse(String[] fields, int first) {
        return new OdPair(
                Double.parseDouble(fields[first]),
                Double.parseDouble(fields[first + 1]),
                Double.parseDouble(fields[first + 2]),
                Double.parseDouble(fields[first + 3]));
    }

    public String toCsv() {
        return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", fromLat, fromLon, toLat, toLon);
    }
}
