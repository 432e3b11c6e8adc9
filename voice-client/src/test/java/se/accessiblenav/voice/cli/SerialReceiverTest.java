package se.accessiblenav.voice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.accessiblenav.voice.TestServices;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.position.Fix;
import se.accessiblenav.voice.position.NmeaWalk;
import se.accessiblenav.voice.position.PositionEvent;
import se.accessiblenav.voice.position.PositionSource;

/**
 * {@code --source nmea:/dev/pts/N} on a real terminal device: {@code socat} makes a pair of pseudo-terminals,
 * the test writes a receiver's sentences into one end, and the client sets the other up with {@code stty}
 * and reads it as it would read a USB receiver's {@code /dev/ttyUSB0}.
 */
class SerialReceiverTest {
    @TempDir
    Path folder;

    @Test
    void readsFixesFromATerminalDeviceSetUpAtTheBaudRate() throws Exception {
        TestServices.requireProgram("socat");
        Path receiverEnd = folder.resolve("receiver");
        Path clientEnd = folder.resolve("client");
        Process socat = new ProcessBuilder(
                        "socat", "pty,raw,echo=0,link=" + receiverEnd, "pty,raw,echo=0,link=" + clientEnd)
                .redirectErrorStream(true)
                .start();
        try {
            waitFor(receiverEnd, socat);
            waitFor(clientEnd, socat);
            Path device = clientEnd.toRealPath();
            assertThat(device.toString()).startsWith("/dev/pts/");
            PositionOptions options = new PositionOptions();
            new CommandLine(options).parseArgs("--source", "nmea:" + device, "--baud", "9600");
            assertThat(options.isLive()).isTrue();

            NmeaWalk walk = new NmeaWalk(new LatLon(59.3355, 18.063), Instant.parse("2026-11-23T12:00:00Z"));
            List<Fix> fixes = new ArrayList<>();
            try (PositionSource source = options.open(Clock.systemUTC())) {
                assertThat(stty(device)).contains("speed 9600 baud").contains("-echo");
                CompletableFuture<Void> receiver = CompletableFuture.runAsync(() -> send(receiverEnd, walk));
                PositionEvent event;
                while (fixes.size() < 10 && (event = source.next()) != null)
                    if (event instanceof Fix fix) fixes.add(fix);
                receiver.get(10, TimeUnit.SECONDS);
            }
            assertThat(fixes).hasSize(10);
            for (int i = 0; i < fixes.size(); i++) {
                assertThat(fixes.get(i).time()).isEqualTo(walk.timeAt(i));
                assertThat(fixes.get(i).position().distanceMetersTo(walk.positionAt(i)))
                        .isLessThan(0.5);
            }
            assertThat(fixes.get(9).accuracyMeters())
                    .isCloseTo(Math.hypot(NmeaWalk.SIGMA_LAT_METERS, NmeaWalk.SIGMA_LON_METERS), within(0.01));
        } finally {
            socat.destroy();
        }
    }

    private static void send(Path receiverEnd, NmeaWalk walk) {
        try (OutputStream out = Files.newOutputStream(receiverEnd)) {
            for (String sentence : walk.sentences(12))
                out.write((sentence + "\r\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stty(Path device) throws Exception {
        Process stty = new ProcessBuilder("stty", "-F", device.toString(), "-a")
                .redirectErrorStream(true)
                .start();
        String settings = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(stty.waitFor(5, TimeUnit.SECONDS)).isTrue();
        return settings;
    }

    private static void waitFor(Path link, Process socat) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(link)) {
            assertThat(socat.isAlive()).as("socat is running").isTrue();
            assertThat(System.nanoTime()).as("socat made " + link).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
