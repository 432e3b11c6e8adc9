package se.accessiblenav.voice.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Option;
import se.accessiblenav.voice.position.GpsdSource;
import se.accessiblenav.voice.position.GpxSource;
import se.accessiblenav.voice.position.NmeaSource;
import se.accessiblenav.voice.position.PacedSource;
import se.accessiblenav.voice.position.PositionSource;
import se.accessiblenav.voice.position.SerialPort;

/** Where positions come from: a GPX or NMEA recording, a serial receiver, standard input, or gpsd. */
final class PositionOptions {
    @Option(
            names = "--source",
            required = true,
            description = "gpx:FILE, nmea:FILE, nmea:/dev/ttyUSB0 (a serial receiver), nmea:- (standard input),"
                    + " or gpsd[:HOST[:PORT]] (default localhost:2947).")
    String source;

    @Option(
            names = "--replay-speed",
            defaultValue = "1",
            description =
                    "Replay a recorded file this many times faster than it was recorded (default ${DEFAULT-VALUE}).")
    double replaySpeed;

    @Option(
            names = "--baud",
            defaultValue = "4800",
            description = "Baud rate of a serial receiver (default ${DEFAULT-VALUE}, the NMEA standard).")
    int baud;

    @Option(
            names = "--gpx-accuracy",
            defaultValue = "5",
            description = "Accuracy in metres of GPX points without hdop (default ${DEFAULT-VALUE}).")
    double gpxAccuracy;

    /** True when the source is live (a receiver or gpsd), false for a recording. */
    boolean isLive() {
        return source.startsWith("gpsd") || source.equals("nmea:-") || source.startsWith("nmea:/dev/");
    }

    double timeFactor() {
        return isLive() ? 1 : replaySpeed;
    }

    PositionSource open(Clock clock) throws IOException {
        int colon = source.indexOf(':');
        String kind = colon < 0 ? source : source.substring(0, colon);
        String where = colon < 0 ? "" : source.substring(colon + 1);
        return switch (kind) {
            case "gpx" -> new PacedSource(new GpxSource(existing(where), gpxAccuracy), replaySpeed);
            case "nmea" -> nmea(where, clock);
            case "gpsd" -> gpsd(where);
            default ->
                throw new IllegalArgumentException("Unknown position source '" + source
                        + "'; use gpx:FILE, nmea:FILE, nmea:-, nmea:/dev/ttyUSB0 or gpsd");
        };
    }

    private PositionSource nmea(String where, Clock clock) throws IOException {
        if (where.equals("-")) return new NmeaSource(System.in, "standard input", clock);
        Path path = Path.of(where);
        if (SerialPort.isCharacterDevice(path)) {
            SerialPort.configure(path, baud);
            return new NmeaSource(Files.newInputStream(path), path.toString(), clock);
        }
        return new PacedSource(new NmeaSource(Files.newInputStream(existing(where)), where, clock), replaySpeed);
    }

    private static PositionSource gpsd(String where) throws IOException {
        String[] parts = where.isEmpty() ? new String[0] : where.split(":");
        String host = parts.length > 0 && !parts[0].isEmpty() ? parts[0] : "localhost";
        int port = parts.length > 1 ? Integer.parseInt(parts[1]) : GpsdSource.DEFAULT_PORT;
        return new GpsdSource(host, port);
    }

    private static Path existing(String file) throws IOException {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) throw new IOException("No such file: " + path.toAbsolutePath());
        return path;
    }
}
