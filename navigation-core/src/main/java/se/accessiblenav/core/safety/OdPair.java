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
                String[] f = line.split(",");
                pairs.add(new OdPair(
                        Double.parseDouble(f[0]),
                        Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]),
                        Double.parseDouble(f[3])));
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read origin/destination pairs " + file, e);
        }
    }

    public String toCsv() {
        return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", fromLat, fromLon, toLat, toLon);
    }
}
