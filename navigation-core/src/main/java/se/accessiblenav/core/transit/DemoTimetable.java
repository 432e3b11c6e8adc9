package se.accessiblenav.core.transit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.osm.SkipOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import se.accessiblenav.core.osm.OsmElements;

/**
 * A demonstration timetable written from a definition and the map: stop positions and names are read
 * from the OSM nodes the definition names (nothing from the map is kept in the repository), lines run at
 * a fixed interval every day. The GTFS zip it writes is byte for byte the same for the same definition and
 * map, so a graph cache built with it stays current.
 */
public final class DemoTimetable {
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2024, 1, 1, 0, 0);

    private DemoTimetable() {}

    /** A stop read from the map. */
    private record MapStop(long node, String name, String code, double lat, double lon) {}

    /**
     * Writes the timetable, or nothing when a stop it names is not on this map (another city).
     *
     * @return the stops written, or empty when the map lacks one of them
     */
    public static Optional<Integer> write(Path osmFile, InputStream definition, Path zip) {
        JsonNode spec;
        try {
            spec = new ObjectMapper().readTree(definition);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demonstration timetable's definition", e);
        }
        Set<Long> wanted = new HashSet<>();
        for (JsonNode line : spec.path("lines")) line.path("stops").forEach(id -> wanted.add(id.asLong()));
        Map<Long, MapStop> found = new HashMap<>();
        OsmElements.forEach(osmFile.toFile(), new SkipOptions(false, true, true), element -> {
            if (element.getType() != ReaderElement.Type.NODE || !wanted.contains(element.getId())) return;
            ReaderNode node = (ReaderNode) element;
            String name = node.getTag("name", "");
            if (name.isBlank()) return;
            found.put(
                    node.getId(),
                    new MapStop(node.getId(), name, node.getTag("local_ref", ""), node.getLat(), node.getLon()));
        });
        if (!found.keySet().containsAll(wanted)) return Optional.empty();
        Map<String, String> files = new LinkedHashMap<>();
        files.put(
                "agency.txt",
                "agency_id,agency_name,agency_url,agency_timezone,agency_lang\n"
                        + "demo," + csv(spec.path("agency").asText()) + ",https://example.org/demonstration,"
                        + spec.path("timezone").asText() + ",en\n");
        StringBuilder stops = new StringBuilder("stop_id,stop_code,stop_name,stop_lat,stop_lon\n");
        found.values().stream()
                .sorted((a, b) -> Long.compare(a.node(), b.node()))
                .forEach(stop -> stops.append(String.format(
                        Locale.ROOT,
                        "osm-%d,%s,%s,%.7f,%.7f%n",
                        stop.node(),
                        csv(stop.code()),
                        csv(stop.name()),
                        stop.lat(),
                        stop.lon())));
        files.put("stops.txt", stops.toString());
        files.put(
                "calendar.txt",
                "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
                        + "daily,1,1,1,1,1,1,1," + spec.path("service_start").asText() + ","
                        + spec.path("service_end").asText() + "\n");
        StringBuilder routes = new StringBuilder("route_id,agency_id,route_short_name,route_long_name,route_type\n");
        StringBuilder trips = new StringBuilder("route_id,service_id,trip_id,trip_headsign\n");
        StringBuilder times = new StringBuilder("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n");
        for (JsonNode line : spec.path("lines")) {
            String id = line.path("id").asText();
            routes.append(id)
                    .append(",demo,")
                    .append(csv(line.path("name").asText()))
                    .append(',')
                    .append(csv(line.path("long_name").asText()))
                    .append(',')
                    .append(line.path("type").asInt(3))
                    .append('\n');
            List<Long> lineStops = new ArrayList<>();
            line.path("stops").forEach(stop -> lineStops.add(stop.asLong()));
            int between = line.path("minutes_between_stops").asInt(2);
            int every = line.path("every_minutes").asInt(10);
            int first = minutes(line.path("first").asText());
            int last = minutes(line.path("last").asText());
            for (int start = first, n = 1; start <= last; start += every, n++) {
                String trip = id + "-" + n;
                trips.append(id)
                        .append(",daily,")
                        .append(trip)
                        .append(',')
                        .append(csv(line.path("headsign").asText()))
                        .append('\n');
                for (int i = 0; i < lineStops.size(); i++) {
                    String at = clock(start + i * between);
                    times.append(trip)
                            .append(',')
                            .append(at)
                            .append(',')
                            .append(at)
                            .append(",osm-")
                            .append(lineStops.get(i))
                            .append(',')
                            .append(i + 1)
                            .append('\n');
                }
            }
        }
        files.put("routes.txt", routes.toString());
        files.put("trips.txt", trips.toString());
        files.put("stop_times.txt", times.toString());
        zip(files, zip);
        return Optional.of(found.size());
    }

    private static void zip(Map<String, String> files, Path zip) {
        try {
            Files.createDirectories(zip.toAbsolutePath().getParent());
            Path part = zip.resolveSibling(zip.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(part);
                    ZipOutputStream zipOut = new ZipOutputStream(out)) {
                for (var file : files.entrySet()) {
                    ZipEntry entry = new ZipEntry(file.getKey());
                    entry.setTimeLocal(ZIP_TIME);
                    zipOut.putNextEntry(entry);
                    zipOut.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                    zipOut.closeEntry();
                }
            }
            Files.move(part, zip, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demonstration timetable " + zip, e);
        }
    }

    private static int minutes(String clock) {
        LocalTime time = LocalTime.parse(clock);
        return time.getHour() * 60 + time.getMinute();
    }

    private static String clock(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d:00", minutes / 60, minutes % 60);
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
