package se.accessiblenav.voice.position;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * NMEA 0183 from a stream: a recorded file, standard input, or a serial device read as a file
 * ({@code /dev/ttyUSB0}, set up with {@link SerialPort}).
 */
public final class NmeaSource implements PositionSource {
    private final BufferedReader lines;
    private final NmeaParser parser;
    private final String description;

    public NmeaSource(InputStream input, String description, Clock clock) {
        this.lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.US_ASCII));
        this.parser = new NmeaParser(clock);
        this.description = description;
    }

    @Override
    public PositionEvent next() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            var event = parser.parse(line);
            if (event.isPresent()) return event.get();
        }
        return null;
    }

    @Override
    public String describe() {
        return "NMEA from " + description;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
