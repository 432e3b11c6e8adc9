package se.accessiblenav.voice.position;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import se.accessiblenav.voice.geo.LatLon;

/**
 * Turns NMEA 0183 sentences into position events, one line at a time: {@code GGA} (position, fix quality,
 * HDOP), {@code RMC} (date, speed, course, validity) and {@code GST} (error estimates), from any talker
 * (GP, GN, GL, GA, BD). A fix is given on every GGA, or on every RMC when the receiver sends no GGA. Lines
 * with a wrong checksum and unknown sentences are skipped.
 */
public final class NmeaParser {
    private static final double KNOTS_TO_METERS_PER_SECOND = 0.514444;

    private final Clock clock;
    private LocalDate date;
    private boolean receiverSendsGga;
    private double lastSpeed = Double.NaN;
    private double lastCourse = Double.NaN;
    private final ReceiverErrorEstimate errorEstimate = new ReceiverErrorEstimate();
    private Instant lastFixTime;
    private int skippedLines;

    public NmeaParser(Clock clock) {
        this.clock = clock;
    }

    /** How many lines were skipped (bad checksum, broken fields). */
    public int skippedLines() {
        return skippedLines;
    }

    public Optional<PositionEvent> parse(String line) {
        String sentence = line.trim();
        if (!sentence.startsWith("$") || sentence.length() < 7) return Optional.empty();
        if (!checksumMatches(sentence)) {
            skippedLines++;
            return Optional.empty();
        }
        int star = sentence.indexOf('*');
        String[] f = sentence.substring(1, star < 0 ? sentence.length() : star).split(",", -1);
        String type = f[0].length() >= 5 ? f[0].substring(f[0].length() - 3) : "";
        try {
            return switch (type) {
                case "GGA" -> gga(f);
                case "RMC" -> rmc(f);
                case "GST" -> gst(f);
                default -> Optional.empty();
            };
        } catch (RuntimeException broken) {
            skippedLines++;
            return Optional.empty();
        }
    }

    private Optional<PositionEvent> gga(String[] f) {
        receiverSendsGga = true;
        Instant time = time(f[1]);
        int quality = f[6].isEmpty() ? 0 : Integer.parseInt(f[6]);
        if (quality == 0 || f[2].isEmpty()) return Optional.of(new NoFix(time));
        double hdop = f[8].isEmpty() ? 2 : Double.parseDouble(f[8]);
        double fromReceiver = errorEstimate.accuracyAt(time);
        double accuracy = Double.isNaN(fromReceiver) ? Math.max(1, hdop * GpxSource.METERS_PER_HDOP) : fromReceiver;
        return fix(new Fix(time, position(f[2], f[3], f[4], f[5]), accuracy, lastSpeed, lastCourse, null));
    }

    private Optional<PositionEvent> rmc(String[] f) {
        if (!f[9].isEmpty()) date = LocalDate.parse(f[9], DateTimeFormatter.ofPattern("ddMMyy"));
        Instant time = time(f[1]);
        boolean valid = f[2].equals("A");
        lastSpeed = valid && !f[7].isEmpty() ? Double.parseDouble(f[7]) * KNOTS_TO_METERS_PER_SECOND : Double.NaN;
        lastCourse = valid && !f[8].isEmpty() ? Double.parseDouble(f[8]) : Double.NaN;
        if (receiverSendsGga) return Optional.empty();
        if (!valid) return Optional.of(new NoFix(time));
        return fix(new Fix(
                time, position(f[3], f[4], f[5], f[6]), 2 * GpxSource.METERS_PER_HDOP, lastSpeed, lastCourse, null));
    }

    /**
     * One fix per second: until the first GGA shows that the receiver sends GGA, its first second comes from RMC
     * and then again from GGA; the repeat would look to the guidance like a walker standing still.
     */
    private Optional<PositionEvent> fix(Fix fix) {
        if (fix.time().equals(lastFixTime)) return Optional.empty();
        lastFixTime = fix.time();
        return Optional.of(fix);
    }

    private Optional<PositionEvent> gst(String[] f) {
        if (f[6].isEmpty() || f[7].isEmpty()) return Optional.empty();
        errorEstimate.note(time(f[1]), Double.parseDouble(f[6]), Double.parseDouble(f[7]));
        return Optional.empty();
    }

    private Instant time(String hhmmss) {
        LocalDate day = date != null ? date : LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int hours = Integer.parseInt(hhmmss.substring(0, 2));
        int minutes = Integer.parseInt(hhmmss.substring(2, 4));
        double seconds = Double.parseDouble(hhmmss.substring(4));
        LocalTime time =
                LocalTime.of(hours, minutes, (int) seconds, (int) Math.round((seconds % 1) * 1e9) % 1_000_000_000);
        return day.atTime(time).toInstant(ZoneOffset.UTC);
    }

    private static LatLon position(String lat, String ns, String lon, String ew) {
        double latitude = degrees(lat, 2) * (ns.equals("S") ? -1 : 1);
        double longitude = degrees(lon, 3) * (ew.equals("W") ? -1 : 1);
        return new LatLon(latitude, longitude);
    }

    /** NMEA's ddmm.mmmm (or dddmm.mmmm) to decimal degrees. */
    private static double degrees(String value, int degreeDigits) {
        return Integer.parseInt(value.substring(0, degreeDigits))
                + Double.parseDouble(value.substring(degreeDigits)) / 60;
    }

    static boolean checksumMatches(String sentence) {
        int star = sentence.indexOf('*');
        if (star < 0) return true;
        int sum = 0;
        for (int i = 1; i < star; i++) sum ^= sentence.charAt(i);
        try {
            return Integer.parseInt(sentence.substring(star + 1, Math.min(star + 3, sentence.length())), 16) == sum;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
