package se.accessiblenav.voice.position;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.accessiblenav.voice.geo.LatLon;

/**
 * What a receiver sends for a walk due east at a steady speed: RMC, GGA, GSA and GST for every second, with
 * checksums, from a start time and place. No noise: the sentences carry the true positions, so a reader can be
 * checked against them.
 */
public final class NmeaWalk {
    public static final double SPEED_METERS_PER_SECOND = 1.2;
    /** The GST's standard deviations along latitude and longitude: a 68 % radius of 5 m. */
    public static final double SIGMA_LAT_METERS = 4;

    public static final double SIGMA_LON_METERS = 3;
    private static final DateTimeFormatter HHMMSS =
            DateTimeFormatter.ofPattern("HHmmss.SS").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DDMMYY =
            DateTimeFormatter.ofPattern("ddMMyy").withZone(ZoneOffset.UTC);

    private final LatLon start;
    private final Instant startTime;

    public NmeaWalk(LatLon start, Instant startTime) {
        this.start = start;
        this.startTime = startTime;
    }

    /** Where the walker truly is after {@code second} seconds. */
    public LatLon positionAt(int second) {
        return start.offsetMeters(0, SPEED_METERS_PER_SECOND * second);
    }

    public Instant timeAt(int second) {
        return startTime.plusSeconds(second);
    }

    /** The sentences for the first {@code seconds} seconds, in the order a receiver sends them. */
    public List<String> sentences(int seconds) {
        List<String> lines = new ArrayList<>();
        double knots = SPEED_METERS_PER_SECOND / 0.514444;
        for (int s = 0; s < seconds; s++) {
            String time = HHMMSS.format(timeAt(s));
            String where = latitude(positionAt(s).lat()) + ","
                    + longitude(positionAt(s).lon());
            lines.add(sentence(String.format(
                    Locale.ROOT, "GPRMC,%s,A,%s,%.2f,90.0,%s,,,A", time, where, knots, DDMMYY.format(timeAt(s)))));
            lines.add(sentence("GPGGA," + time + "," + where + ",1,08,0.9,20.0,M,25.0,M,,"));
            lines.add(sentence("GPGSA,A,3,01,02,03,04,05,06,07,08,,,,,1.8,0.9,1.5"));
            lines.add(sentence(String.format(
                    Locale.ROOT, "GPGST,%s,5.0,4.0,3.0,0.0,%.1f,%.1f,6.0", time, SIGMA_LAT_METERS, SIGMA_LON_METERS)));
        }
        return lines;
    }

    /** A sentence with its checksum. */
    public static String sentence(String body) {
        int sum = 0;
        for (char c : body.toCharArray()) sum ^= c;
        return "$" + body + String.format("*%02X", sum);
    }

    private static String latitude(double degrees) {
        return minutes(Math.abs(degrees), "%02d") + "," + (degrees >= 0 ? "N" : "S");
    }

    private static String longitude(double degrees) {
        return minutes(Math.abs(degrees), "%03d") + "," + (degrees >= 0 ? "E" : "W");
    }

    private static String minutes(double degrees, String degreeFormat) {
        int whole = (int) degrees;
        return String.format(Locale.ROOT, degreeFormat + "%07.4f", whole, (degrees - whole) * 60);
    }
}
