package se.accessiblenav.core.transit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTimetableTest {
    private static final Path MAP = Path.of("src/test/resources/transit/demo-stops.osm");

    @TempDir
    Path dir;

    private static ByteArrayInputStream definition(long... stops) {
        StringBuilder ids = new StringBuilder();
        for (long stop : stops) ids.append(ids.length() == 0 ? "" : ",").append(stop);
        return new ByteArrayInputStream(("{\"agency\": \"Demonstration timetable, not real departures\","
                        + " \"timezone\": \"Europe/Stockholm\", \"service_start\": \"20240101\", \"service_end\": \"20301231\","
                        + " \"lines\": [{\"id\": \"d1\", \"name\": \"Demo 1\", \"long_name\": \"Not a real line\", \"type\": 3,"
                        + " \"headsign\": \"Andra\", \"first\": \"06:00\", \"last\": \"06:30\", \"every_minutes\": 10,"
                        + " \"minutes_between_stops\": 2, \"stops\": [" + ids + "]}]}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String read(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return new String(file.getInputStream(file.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void stopsComeFromTheMapAndLinesRunAtTheirInterval() throws IOException {
        Path zip = dir.resolve("demo.zip");
        assertThat(DemoTimetable.write(MAP, definition(101, 102), zip)).contains(2);
        assertThat(read(zip, "stops.txt"))
                .contains("osm-101,A,\"Första, hållplats\",59.3400000,18.0500000")
                .contains("osm-102,,Andra,59.3420000,18.0500000");
        assertThat(read(zip, "stop_times.txt").lines())
                .contains(
                        "d1-1,06:00:00,06:00:00,osm-101,1",
                        "d1-1,06:02:00,06:02:00,osm-102,2",
                        "d1-4,06:32:00,06:32:00,osm-102,2")
                .hasSize(1 + 4 * 2);
        assertThat(read(zip, "agency.txt")).contains("Demonstration timetable, not real departures");
        assertThat(read(zip, "routes.txt")).contains("d1,demo,Demo 1,Not a real line,3");

        // the same definition and map: the same bytes, so a graph cache built with it stays current
        Path again = dir.resolve("again.zip");
        DemoTimetable.write(MAP, definition(101, 102), again);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(zip));
    }

    @Test
    void aMapWithoutItsStopsGetsNoTimetable() {
        // node 103 has no name; 999 is not on the map at all
        assertThat(DemoTimetable.write(MAP, definition(101, 103), dir.resolve("a.zip")))
                .isEmpty();
        assertThat(DemoTimetable.write(MAP, definition(101, 999), dir.resolve("b.zip")))
                .isEmpty();
        assertThat(dir.resolve("b.zip")).doesNotExist();
    }
}
