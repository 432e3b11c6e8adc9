package se.accessiblenav.voice.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Against a TCP peer that speaks gpsd's protocol: it waits for the WATCH command, then reports. */
class GpsdSourceTest {
    @Test
    void watchesAndReadsTimePositionReports() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<String> watch = CompletableFuture.supplyAsync(() -> serve(server));
            try (GpsdSource source = new GpsdSource("localhost", server.getLocalPort())) {
                Fix fix = (Fix) source.next();
                assertThat(fix.position().lat()).isEqualTo(59.3355);
                assertThat(fix.accuracyMeters()).isEqualTo(6.5);
                assertThat(fix.speedMetersPerSecond()).isEqualTo(1.3);
                assertThat(fix.courseDegrees()).isEqualTo(88.0);
                assertThat(source.next()).isInstanceOf(NoFix.class);
                assertThat(source.next()).isNull();
            }
            assertThat(watch.get()).startsWith("?WATCH={\"enable\":true,\"json\":true}");
        }
    }

    private static String serve(ServerSocket server) {
        try (Socket client = server.accept();
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8)) {
            out.println("{\"class\":\"VERSION\",\"release\":\"3.25\",\"proto_major\":3,\"proto_minor\":15}");
            String command = in.readLine();
            out.println("{\"class\":\"DEVICES\",\"devices\":[]}");
            out.println("{\"class\":\"SKY\",\"satellites\":[]}");
            out.println(
                    "{\"class\":\"TPV\",\"mode\":3,\"time\":\"2026-11-23T12:00:00.000Z\",\"lat\":59.3355,\"lon\":18.063,"
                            + "\"eph\":6.5,\"speed\":1.3,\"track\":88.0}");
            out.println("{\"class\":\"TPV\",\"mode\":1,\"time\":\"2026-11-23T12:00:01.000Z\"}");
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
