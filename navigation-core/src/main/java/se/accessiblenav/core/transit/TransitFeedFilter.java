package se.accessiblenav.core.transit;

import com.csvreader.CsvReader;
import com.csvreader.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A GTFS timetable cut to the map: a stop farther than a short walk from the walking network would be
 * joined to the nearest street at the map's edge, a transfer no walker can make, so such stops are left out
 * with every row that names them (stop times, transfers), and so are trips left with fewer than two stops.
 * Stations are kept while one of their stops is. Files and rows about nothing left out are copied as they
 * are.
 */
public final class TransitFeedFilter {
    /** Columns whose value is a stop id, and the column whose value is a trip id. */
    private static final List<String> STOP_COLUMNS = List.of("stop_id", "from_stop_id", "to_stop_id");

    private static final String TRIP_COLUMN = "trip_id";

    /** How far a point is from the walking network, in metres ({@code Double.POSITIVE_INFINITY}: nowhere near). */
    @FunctionalInterface
    public interface NetworkDistance {
        double metersFromNetwork(double lat, double lon);
    }

    /**
     * What was left out of one feed.
     *
     * @param feed the feed's file name
     * @param stops stops (with a position) in the feed
     * @param stopsLeftOut of them, those left out
     * @param trips trips in the feed
     * @param tripsLeftOut of them, those left with fewer than two stops
     */
    public record Report(String feed, int stops, int stopsLeftOut, int trips, int tripsLeftOut) {
        public String describe(double maxMeters) {
            return String.format(
                    "Timetable %s: %d of %d stops left out (more than %.0f m from the walking network),"
                            + " %d of %d trips left out (fewer than two stops left)",
                    feed, stopsLeftOut, stops, maxMeters, tripsLeftOut, trips);
        }
    }

    private final NetworkDistance network;
    private final double maxMeters;

    public TransitFeedFilter(NetworkDistance network, double maxMeters) {
        if (!(maxMeters > 0)) throw new IllegalArgumentException("maxMeters must be > 0, was " + maxMeters);
        this.network = network;
        this.maxMeters = maxMeters;
    }

    /** Writes the feed, cut to the map, to {@code target} (a zip file) and says what was left out. */
    public Report write(Path feed, Path target) {
        try (ZipFile zip = new ZipFile(feed.toFile())) {
            Table stops = Table.read(zip, "stops.txt");
            if (stops == null) throw new IllegalArgumentException(feed + " is not a GTFS feed: it has no stops.txt");
            Set<String> removedStops = farStops(stops);
            Table stopTimes = Table.read(zip, "stop_times.txt");
            Set<String> removedTrips = stopTimes == null ? Set.of() : tripsTooShort(stopTimes, removedStops);
            Table trips = Table.read(zip, "trips.txt");
            int tripCount = trips == null ? 0 : trips.rows.size();
            Path temporary = target.resolveSibling(target.getFileName() + ".part");
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(temporary);
                    ZipOutputStream zipOut = new ZipOutputStream(out)) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (entry.isDirectory()) continue;
                    zipOut.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().endsWith(".txt"))
                        zipOut.write(Table.read(zip, entry.getName()).without(removedStops, removedTrips));
                    else
                        try (InputStream in = zip.getInputStream(entry)) {
                            in.transferTo(zipOut);
                        }
                    zipOut.closeEntry();
                }
            }
            Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            int positioned = (int) stops.rows.stream()
                    .filter(row -> stops.position(row) != null)
                    .count();
            return new Report(
                    feed.getFileName().toString(), positioned, removedStops.size(), tripCount, removedTrips.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the timetable " + feed + ": " + e.getMessage(), e);
        }
    }

    /** Stops and platforms farther than the limit; a station goes only when all of its stops go. */
    private Set<String> farStops(Table stops) {
        Set<String> far = new HashSet<>();
        Map<String, Boolean> stationKept = new HashMap<>();
        for (String[] row : stops.rows) {
            double[] position = stops.position(row);
            String id = stops.value(row, "stop_id");
            if (position == null || id.isEmpty()) continue;
            boolean near = network.metersFromNetwork(position[0], position[1]) <= maxMeters;
            if ("1".equals(stops.value(row, "location_type"))) {
                stationKept.merge(id, near, Boolean::logicalOr);
                continue;
            }
            if (!near) far.add(id);
            String parent = stops.value(row, "parent_station");
            if (!parent.isEmpty()) stationKept.merge(parent, near, Boolean::logicalOr);
        }
        stationKept.forEach((station, kept) -> {
            if (!kept) far.add(station);
        });
        return far;
    }

    /** Trips that keep fewer than two stops once the far stops are gone. */
    private static Set<String> tripsTooShort(Table stopTimes, Set<String> removedStops) {
        Map<String, Integer> kept = new HashMap<>();
        for (String[] row : stopTimes.rows) {
            String trip = stopTimes.value(row, TRIP_COLUMN);
            int stays = removedStops.contains(stopTimes.value(row, "stop_id")) ? 0 : 1;
            kept.merge(trip, stays, Integer::sum);
        }
        Set<String> tooShort = new HashSet<>();
        kept.forEach((trip, count) -> {
            if (count < 2) tooShort.add(trip);
        });
        return tooShort;
    }

    /** One GTFS file: its header and rows. */
    private record Table(String[] header, Map<String, Integer> columns, List<String[]> rows) {
        static Table read(ZipFile zip, String name) throws IOException {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) return null;
            try (InputStream in = zip.getInputStream(entry)) {
                CsvReader csv = new CsvReader(in, ',', StandardCharsets.UTF_8);
                csv.setSafetySwitch(false);
                if (!csv.readHeaders()) return new Table(new String[0], Map.of(), List.of());
                String[] header = csv.getHeaders().clone();
                if (header.length > 0 && header[0].startsWith("\uFEFF")) header[0] = header[0].substring(1);
                Map<String, Integer> columns = new HashMap<>();
                for (int i = 0; i < header.length; i++) columns.put(header[i].trim(), i);
                List<String[]> rows = new ArrayList<>();
                while (csv.readRecord()) rows.add(csv.getValues());
                csv.close();
                return new Table(header, columns, rows);
            }
        }

        String value(String[] row, String column) {
            Integer index = columns.get(column);
            return index == null || index >= row.length ? "" : row[index].trim();
        }

        /** Latitude and longitude, or null for a row without them. */
        double[] position(String[] row) {
            try {
                String lat = value(row, "stop_lat");
                String lon = value(row, "stop_lon");
                if (lat.isEmpty() || lon.isEmpty()) return null;
                return new double[] {Double.parseDouble(lat), Double.parseDouble(lon)};
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The file again, without the rows that name a stop or trip left out. */
        byte[] without(Set<String> stops, Set<String> trips) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CsvWriter csv = new CsvWriter(bytes, ',', StandardCharsets.UTF_8);
            csv.writeRecord(header);
            for (String[] row : rows) if (!names(row, stops, trips)) csv.writeRecord(row);
            csv.close();
            return bytes.toByteArray();
        }

        private boolean names(String[] row, Set<String> stops, Set<String> trips) {
            for (String column : STOP_COLUMNS) if (stops.contains(value(row, column))) return true;
            return trips.contains(value(row, TRIP_COLUMN));
        }
    }
}
