package se.accessiblenav.core.transit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransitFeedFilterTest {
    @TempDir
    Path dir;

    /** Stops north of latitude 60 are "far" from the network in these tests. */
    private static final TransitFeedFilter.NetworkDistance NETWORK = (lat, lon) -> lat > 60 ? 5000 : 20;

    private Path feed() throws IOException {
        Path zip = dir.resolve("feed.zip");
        Map<String, String> files = Map.of(
                "agency.txt",
                        "agency_id,agency_name,agency_url,agency_timezone\nA,Demo,https://example.org,Europe/Stockholm\n",
                "stops.txt",
                        "\uFEFFstop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\n"
                                + "S,\"Station, Centre\",59.0,18.0,1,\n"
                                + "P1,\"Station, Centre\",59.0,18.0,0,S\n"
                                + "P2,Near,59.1,18.1,,\n"
                                + "FAR,\"Far away, Town\",61.0,18.0,,\n"
                                + "FARSTATION,Far station,61.0,18.0,1,\n",
                "trips.txt", "route_id,service_id,trip_id\nR,W,T1\nR,W,T2\n",
                "stop_times.txt",
                        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
                                + "T1,08:00:00,08:00:00,P1,1\nT1,08:05:00,08:05:00,P2,2\nT1,08:30:00,08:30:00,FAR,3\n"
                                + "T2,09:00:00,09:00:00,P2,1\nT2,09:30:00,09:30:00,FAR,2\n",
                "transfers.txt", "from_stop_id,to_stop_id,transfer_type\nP1,P2,0\nP2,FAR,0\n");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zipOut.putNextEntry(new ZipEntry(file.getKey()));
                zipOut.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zipOut.closeEntry();
            }
        }
        return zip;
    }

    private static String read(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return new String(file.getInputStream(file.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void farStopsAndEveryRowNamingThemAreLeftOut() throws IOException {
        Path cut = dir.resolve("cut/feed-0.zip");
        TransitFeedFilter.Report report = new TransitFeedFilter(NETWORK, 100).write(feed(), cut);

        assertThat(report.stops()).isEqualTo(5);
        assertThat(report.stopsLeftOut()).isEqualTo(2); // FAR and its lone station
        assertThat(report.trips()).isEqualTo(2);
        assertThat(report.tripsLeftOut()).isEqualTo(1); // T2 keeps one stop only
        assertThat(report.describe(100))
                .isEqualTo("Timetable feed.zip: 2 of 5 stops left out (more than 100 m from the walking network),"
                        + " 1 of 2 trips left out (fewer than two stops left)");

        String stops = read(cut, "stops.txt");
        assertThat(stops).contains("P1", "P2", "\"Station, Centre\"").doesNotContain("FAR");
        String stopTimes = read(cut, "stop_times.txt");
        assertThat(stopTimes)
                .contains("T1,08:00:00", "T1,08:05:00")
                .doesNotContain("FAR")
                .doesNotContain("T2");
        assertThat(read(cut, "trips.txt")).contains("T1").doesNotContain("T2");
        assertThat(read(cut, "transfers.txt")).contains("P1,P2").doesNotContain("FAR");
        assertThat(read(cut, "agency.txt")).contains("Europe/Stockholm");
        assertThat(Files.exists(dir.resolve("cut/feed-0.zip.part"))).isFalse();
    }

    @Test
    void aFeedWithEveryStopNearIsCopiedWhole() throws IOException {
        Path cut = dir.resolve("all.zip");
        TransitFeedFilter.Report report = new TransitFeedFilter((lat, lon) -> 1, 100).write(feed(), cut);
        assertThat(report.stopsLeftOut()).isZero();
        assertThat(report.tripsLeftOut()).isZero();
        assertThat(read(cut, "stop_times.txt").lines()).hasSize(6);
    }

    @Test
    void aZipWithoutStopsIsNotATimetable() throws IOException {
        Path zip = dir.resolve("not-gtfs.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThatThrownBy(() -> new TransitFeedFilter(NETWORK, 100).write(zip, dir.resolve("out.zip")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a GTFS feed: it has no stops.txt");
    }
}
