package se.accessiblenav.voice.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.voice.TestServices;
import se.accessiblenav.voice.geo.LatLon;

/**
 * Against a real gpsd: {@code gpsfake} (Debian's gpsd-clients) starts gpsd on a pseudo-terminal and feeds it
 * a receiver's NMEA sentences for a walk, and {@link GpsdSource} reads what gpsd makes of them.
 */
class GpsdDaemonTest {
    private static final int WALK_SECONDS = 40;

    @TempDir
    Path folder;

    @Test
    void readsOneFixPerSecondWithTheReceiversOwnAccuracy() throws Exception {
        TestServices.requireProgram("gpsfake");
        TestServices.requireProgram("gpsd");
        NmeaWalk walk = new NmeaWalk(new LatLon(59.3355, 18.063), Instant.parse("2026-11-23T12:00:00Z"));
        Path log = folder.resolve("walk.nmea");
        Files.write(log, walk.sentences(WALK_SECONDS));
        int port = freePort();
        Process gpsfake = new ProcessBuilder(
                        "gpsfake", "-1", "-q", "-c", "0.05", "-P", Integer.toString(port), log.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("gpsfake.log").toFile())
                .start();
        List<Fix> fixes = new ArrayList<>();
        var reader = Executors.newSingleThreadExecutor();
        try (GpsdSource gpsd = connect(port, gpsfake)) {
            Future<?> reading = reader.submit(() -> {
                Instant last = walk.timeAt(WALK_SECONDS - 1);
                PositionEvent event;
                while ((event = gpsd.next()) != null) {
                    if (event instanceof Fix fix) fixes.add(fix);
                    if (!event.time().isBefore(last)) break;
                }
                return null;
            });
            reading.get(60, TimeUnit.SECONDS);
        } finally {
            reader.shutdownNow();
            gpsfake.descendants().forEach(ProcessHandle::destroy);
            gpsfake.destroy();
        }
        String gpsfakeLog = Files.readString(folder.resolve("gpsfake.log"));
        assertThat(fixes)
                .as(
                        "fixes from gpsd (it may skip the first seconds while it recognises the receiver); gpsfake: %s",
                        gpsfakeLog)
                .hasSizeGreaterThan(WALK_SECONDS / 2);
        for (int i = 0; i < fixes.size(); i++) {
            Fix fix = fixes.get(i);
            int second = (int) Duration.between(walk.timeAt(0), fix.time()).toSeconds();
            if (i > 0)
                assertThat(fix.time())
                        .as("one fix per second, none repeated or lost")
                        .isEqualTo(fixes.get(i - 1).time().plusSeconds(1));
            assertThat(fix.position().distanceMetersTo(walk.positionAt(second)))
                    .as("fix %d at second %d", i, second)
                    .isLessThan(0.5);
            if (i > 0) // gpsd reports a second's GST after its TPV: the first fix has only gpsd's own estimate
            assertThat(fix.accuracyMeters())
                        .as("fix %d: the 68 %% radius from the receiver's GST of the second before", i)
                        .isCloseTo(Math.hypot(NmeaWalk.SIGMA_LAT_METERS, NmeaWalk.SIGMA_LON_METERS), within(0.01));
            assertThat(fix.speedMetersPerSecond()).isCloseTo(NmeaWalk.SPEED_METERS_PER_SECOND, within(0.02));
            assertThat(fix.courseDegrees()).isCloseTo(90.0, within(0.01));
        }
    }

    /** gpsfake starts gpsd first; the port answers a moment later. */
    private static GpsdSource connect(int port, Process gpsfake) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                return new GpsdSource("localhost", port);
            } catch (IOException notYet) {
                if (!gpsfake.isAlive() || System.nanoTime() > deadline) throw notYet;
                Thread.sleep(100);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
