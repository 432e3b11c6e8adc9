package se.accessiblenav.voice.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Against a TCP peer that speaks gpsd's protocol: it waits for the WATCH command, then reports. */
class GpsdSourceTest {
    @Test
    void watchesAndReadsTimePositionReports() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<String> watch = CompletableFuture.supplyAsync(() -> serve(server));
            try (GpsdSource source = new GpsdSource("localhost", server.getLocalPort())) {
                Fix first = (Fix) source.next();
                assertThat(first.time()).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
                assertThat(first.position().lat()).isEqualTo(59.3355);
                assertThat(first.accuracyMeters())
                        .as("eph is a 95 % estimate, a fix's accuracy a 68 % radius")
                        .isCloseTo(10 * 1.515 / 2.448, within(0.01));
                assertThat(first.speedMetersPerSecond()).isEqualTo(1.3);
                assertThat(first.courseDegrees()).isEqualTo(88.0);
                Fix second = (Fix) source.next();
                assertThat(second.time())
                        .as("the repeated report of the first second is skipped")
                        .isEqualTo(Instant.parse("2026-11-23T12:00:01Z"));
                assertThat(second.accuracyMeters())
                        .as("the receiver's GST error estimate of the second before")
                        .isCloseTo(5.0, within(0.01));
                assertThat(source.next()).isInstanceOf(NoFix.class);
                assertThat(source.next()).isNull();
            }
            assertThat(watch.get()).startsWith("?WATCH={\"enable\":true,\"json\":true}");
        }
    }

    /** The reports gpsd 3.22 sends for a receiver that speaks NMEA (seen with gpsfake): see {@link GpsdSource}. */
    private static String serve(ServerSocket server) {
        try (Socket client = server.accept();
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8)) {
            out.println("{\"class\":\"VERSION\",\"release\":\"3.22\",\"proto_major\":3,\"proto_minor\":14}");
            String command = in.readLine();
            out.println("{\"class\":\"DEVICES\",\"devices\":[]}");
            out.println("{\"class\":\"TPV\",\"device\":\"/dev/pts/1\",\"mode\":3,\"eph\":17.1}");
            out.println("{\"class\":\"SKY\",\"satellites\":[]}");
            String firstSecond = "{\"class\":\"TPV\",\"mode\":3,\"time\":\"2026-11-23T12:00:00.000Z\",\"lat\":59.3355,"
                    + "\"lon\":18.063,\"eph\":10.0,\"speed\":1.3,\"track\":88.0}";
            out.println(firstSecond);
            out.println(firstSecond.replace("\"eph\"", "\"alt\":20.0,\"eph\""));
            out.println("{\"class\":\"GST\",\"time\":\"2026-11-23T12:00:00.000Z\",\"lat\":4.0,\"lon\":3.0}");
            out.println("{\"class\":\"TPV\",\"mode\":3,\"time\":\"2026-11-23T12:00:01.000Z\",\"lat\":59.3355,"
                    + "\"lon\":18.06302,\"eph\":10.0}");
            out.println("{\"class\":\"TPV\",\"mode\":1,\"time\":\"2026-11-23T12:00:02.000Z\"}");
            return command;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aGpsdThatIsNotRunningIsAClearError() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        int closedPort = port;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GpsdSource("localhost", closedPort))
                .hasMessageContaining("gpsd does not answer at localhost:" + closedPort);
    }
}
