package se.accessiblenav.voice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.accessiblenav.voice.api.NavigationApi;
import se.accessiblenav.voice.api.RouteCue;
import se.accessiblenav.voice.api.RouteRequest;
import se.accessiblenav.voice.api.Trip;
import se.accessiblenav.voice.cli.VoiceClient;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.geo.RouteLine;

/**
 * {@code navigate --transit} against the real server on Heidelberg with VRN's 2022 timetable: a recorded
 * trip (walk to the stop, wait, the bus along its line, walk on) replayed fast; the walker hears the walk,
 * the wait, every stop and "get off here", and arrives.
 */
class TransitEndToEndIT {
    private static final LatLon BISMARCKPLATZ = new LatLon(49.40985, 8.69314);
    private static final LatLon BOXBERG = new LatLon(49.3780, 8.7030);
    private static final Instant FRIDAY_8 =
            OffsetDateTime.parse("2022-09-16T08:00:00+02:00").toInstant();
    private static NavigationServer server;

    @TempDir
    Path folder;

    @BeforeAll
    static void start() throws Exception {
        Path data = Path.of(System.getProperty("shared.data.dir", "../../shared/data"), "alt");
        server = NavigationServer.start(
                data.resolve("heidelberg-de.osm.pbf"),
                "target/e2e-graph-cache-heidelberg-transit",
                List.of("--navigation.transit.gtfs-files=" + data.resolve("heidelberg-vrn-gtfs-2022.zip")));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) server.close();
    }

    @Test
    void aWholeTripIsGuidedWalkRideAndWalk() throws Exception {
        Trip planned = new NavigationApi(server.base(), Duration.ofSeconds(30))
                .trip(new RouteRequest(BISMARCKPLATZ, BOXBERG, "blind_cane", "en", 1.0), FRIDAY_8);
        assertThat(planned.legs()).hasSize(3);
        Trip.Ride ride = (Trip.Ride) planned.legs().get(1);
        Path gpx = folder.resolve("trip.gpx");
        Files.writeString(gpx, recorded(planned));

        Navigated trip = navigate(gpx);
        String said = trip.said();
        assertThat(trip.code()).as(trip.err() + "\n" + said).isZero();
        assertThat(said).contains("Leave at ").contains("You are at the stop ");
        RouteCue wait = ride.cues().get(0);
        assertThat(said).contains(wait.fullText());
        for (RouteCue cue : ride.cues().subList(1, ride.cues().size()))
            assertThat(said).as(cue.fullText()).contains(cue.fullText());
        assertThat(said).contains("You are off at " + ride.alightStop());
        assertThat(said).contains("You have arrived");
        assertThat(said.indexOf(wait.fullText())).isLessThan(said.indexOf("You are off at"));
    }

    @Test
    void aMissedBusBringsANewTrip() throws Exception {
        Trip trip = new NavigationApi(server.base(), Duration.ofSeconds(30))
                .trip(new RouteRequest(BISMARCKPLATZ, BOXBERG, "blind_cane", "en", 1.0), FRIDAY_8);
        Trip.Walk walk = (Trip.Walk) trip.legs().get(0);
        Trip.Ride ride = (Trip.Ride) trip.legs().get(1);
        // the walker reaches the stop but the bus leaves without them: they stand there 4 minutes past it
        StringBuilder gpx =
                new StringBuilder("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"test\"><trk><trkseg>\n");
        Instant time = trip.leave();
        RouteLine line = walk.route().line();
        for (double along = 0; along < line.lengthMeters(); along += 1.0) time = point(gpx, line.pointAt(along), time);
        while (time.isBefore(ride.departure().plusSeconds(240)))
            time = point(gpx, line.pointAt(line.lengthMeters()), time);
        Path file = folder.resolve("missed.gpx");
        Files.writeString(file, gpx.append("</trkseg></trk></gpx>\n"));

        Navigated navigated = navigate(file);
        String said = navigated.said();
        assertThat(said).contains("The vehicle has left without you. Looking for another trip.");
        int missed = said.indexOf("The vehicle has left");
        assertThat(said.indexOf("Leave at ", missed)).as(said).isGreaterThan(missed);
        assertThat(navigated.code()).isEqualTo(1); // the recording ends at the stop: not arrived
    }

    private record Navigated(int code, String said, String err) {}

    /** {@code navigate --transit} with a recorded trip, replayed 60 times faster, speech as text. */
    private static Navigated navigate(Path gpx) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = VoiceClient.commandLine(new ByteArrayInputStream(new byte[0]));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(
                "navigate",
                "--transit",
                "--server",
                server.base().toString(),
                "--source",
                "gpx:" + gpx,
                "--replay-speed",
                "60",
                "--to",
                BOXBERG.toParameter(),
                "--speech",
                "text");
        return new Navigated(code, out.toString(), err.toString());
    }

    /** A walker who walks each walk at 1 m/s, is at the stop before the bus, rides it by the timetable and walks on. */
    private static String recorded(Trip trip) {
        StringBuilder gpx =
                new StringBuilder("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"test\"><trk><trkseg>\n");
        Instant time = trip.leave();
        for (Trip.Leg leg : trip.legs()) {
            if (leg instanceof Trip.Walk walk) {
                RouteLine line = walk.route().line();
                for (double along = 0; along < line.lengthMeters(); along += 1.0)
                    time = point(gpx, line.pointAt(along), time);
                LatLon end = line.pointAt(line.lengthMeters());
                for (int s = 0; s < 15; s++) time = point(gpx, end, time);
            } else if (leg instanceof Trip.Ride ride) {
                RouteLine line = ride.line();
                while (time.isBefore(ride.departure())) time = point(gpx, line.pointAt(0), time);
                long seconds =
                        Duration.between(ride.departure(), ride.arrival()).toSeconds();
                for (long s = 0; s <= seconds; s++)
                    time = point(gpx, line.pointAt(line.lengthMeters() * s / seconds), time);
                for (int s = 0; s < 10; s++) time = point(gpx, line.pointAt(line.lengthMeters()), time);
            }
        }
        return gpx.append("</trkseg></trk></gpx>\n").toString();
    }

    private static Instant point(StringBuilder gpx, LatLon at, Instant time) {
        gpx.append(String.format(
                Locale.ROOT, "<trkpt lat=\"%.7f\" lon=\"%.7f\"><time>%s</time></trkpt>\n", at.lat(), at.lon(), time));
        return time.plusSeconds(1);
    }
}
