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
 *
 * <p>What a real gpsd (3.22, fed NMEA) does, and how it is read:
 * <ul>
 *   <li>Until it has learnt which sentence ends the receiver's cycle (at the start, or after a change) it sends
 *       a TPV per NMEA sentence, so the same second can come two or three times. One fix per second is given,
 *       the first; repeats would look to the guidance like a walker standing still and defeat its averaging of
 *       fixes.
 *   <li>Right after a device is activated it sends a TPV with a mode but no time and no position: skipped.
 *   <li>Its {@code eph} is a 95 % estimate. A {@link Fix}'s accuracy is a 68 % radius, as phones report it (and
 *       as {@link NmeaParser} reads GST), so the error of the receiver's own GST report is used when one came
 *       within two seconds, else {@code eph} scaled from 95 % to 68 % (a two-dimensional normal error).
 * </ul>
 */
public final class GpsdSource implements PositionSource {
    public static final int DEFAULT_PORT = 2947;
    static final String WATCH = "?WATCH={\"enable\":true,\"json\":true};\n";

    private final Socket socket;
    private final BufferedReader lines;
    private final String address;
    private final ObjectMapper json = new ObjectMapper();
    /** A two-dimensional normal error's 95 % radius is 2.448 sigma (its 68 % radius 1.515 sigma). */
    private static final double RADIUS_68_PER_95 = Fix.RADIUS_68_PER_SIGMA / 2.448;

    private static final double UNKNOWN_ACCURACY_METERS = 10;

    private final ReceiverErrorEstimate errorEstimate = new ReceiverErrorEstimate();
    private Instant lastTime;
    private boolean lastWasFix;

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

    /** One gpsd JSON report as a position event, or null when it is not a new time-position report. */
    PositionEvent parseReport(String line) {
        JsonNode report;
        try {
            report = json.readTree(line);
        } catch (IOException notJson) {
            return null;
        }
        if (report == null) return null;
        String type = report.path("class").asText();
        if (type.equals("GST")) {
            noteErrorEstimate(report);
            return null;
        }
        if (!type.equals("TPV")) return null;
        int mode = report.path("mode").asInt(0);
        boolean hasPosition = mode >= 2 && report.hasNonNull("lat") && report.hasNonNull("lon");
        if (!report.hasNonNull("time")) return mode >= 2 ? null : new NoFix(Instant.now());
        Instant time = Instant.parse(report.get("time").asText());
        boolean repeat = time.equals(lastTime);
        if (repeat && (lastWasFix || !hasPosition)) return null;
        lastTime = time;
        lastWasFix = hasPosition;
        if (!hasPosition) return new NoFix(time);
        return new Fix(
                time,
                new LatLon(report.get("lat").asDouble(), report.get("lon").asDouble()),
                Math.max(1, accuracyAt(time, report)),
                report.path("speed").asDouble(Double.NaN),
                report.path("track").asDouble(Double.NaN),
                null);
    }

    /** GST: the receiver's own error estimate, standard deviations in metres along latitude and longitude. */
    private void noteErrorEstimate(JsonNode gst) {
        if (!gst.hasNonNull("lat") || !gst.hasNonNull("lon") || !gst.hasNonNull("time")) return;
        errorEstimate.note(
                Instant.parse(gst.get("time").asText()),
                gst.get("lat").asDouble(),
                gst.get("lon").asDouble());
    }

    private double accuracyAt(Instant time, JsonNode tpv) {
        double fromReceiver = errorEstimate.accuracyAt(time);
        if (!Double.isNaN(fromReceiver)) return fromReceiver;
        if (tpv.hasNonNull("eph")) return tpv.get("eph").asDouble() * RADIUS_68_PER_95;
        if (tpv.hasNonNull("epx") && tpv.hasNonNull("epy"))
            return Math.hypot(tpv.get("epx").asDouble(), tpv.get("epy").asDouble()) * RADIUS_68_PER_95;
        return UNKNOWN_ACCURACY_METERS;
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
