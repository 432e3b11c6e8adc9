package se.accessiblenav.voice.position;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import se.accessiblenav.voice.geo.LatLon;

/**
 * Positions from gpsd over TCP (default port 2947): asks to watch in JSON and reads its {@code TPV} reports.
 * Mode 2 and 3 are fixes; mode 0 and 1 are no fix. Other reports (VERSION, DEVICES, SKY) are skipped.
 */
public final class GpsdSource implements PositionSource {
    public static final int DEFAULT_PORT = 2947;
    static final String WATCH = "?WATCH={\"enable\":true,\"json\":true};\n";

    private final Socket socket;
    private final BufferedReader lines;
    private final String address;
    private final ObjectMapper json = new ObjectMapper();

    public GpsdSource(String host, int port) throws IOException {
        this.address = host + ":" + port;
        this.socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), 3000);
            OutputStream out = socket.getOutputStream();
            out.write(WATCH.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            this.lines = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            socket.close();
            throw new IOException(
                    "gpsd does not answer at " + address + " (" + e.getMessage()
                            + "); is it running? (systemctl status gpsd, or gpsd -N /dev/ttyUSB0)",
                    e);
        }
    }

    @Override
    public PositionEvent next() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            PositionEvent event = parseReport(line);
            if (event != null) return event;
        }
        return null;
    }

    /** One gpsd JSON report as a position event, or null when it is not a time-position report. */
    PositionEvent parseReport(String line) {
        JsonNode report;
        try {
            report = json.readTree(line);
        } catch (IOException notJson) {
            return null;
        }
        if (report == null || !"TPV".equals(report.path("class").asText())) return null;
        Instant time =
                report.hasNonNull("time") ? Instant.parse(report.get("time").asText()) : Instant.now();
        int mode = report.path("mode").asInt(0);
        if (mode < 2 || !report.hasNonNull("lat") || !report.hasNonNull("lon")) return new NoFix(time);
        double accuracy = report.hasNonNull("eph")
                ? report.get("eph").asDouble()
                : Math.hypot(report.path("epx").asDouble(10), report.path("epy").asDouble(10));
        return new Fix(
                time,
                new LatLon(report.get("lat").asDouble(), report.get("lon").asDouble()),
                Math.max(1, accuracy),
                report.path("speed").asDouble(Double.NaN),
                report.path("track").asDouble(Double.NaN),
                null);
    }

    @Override
    public String describe() {
        return "gpsd at " + address;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
