package se.accessiblenav.voice.position;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import se.accessiblenav.voice.geo.LatLon;

/**
 * The track points of a GPX file ({@code trkpt}, or {@code rtept}/{@code wpt} when there is no track), read as
 * they are needed. A point without {@code time} follows the one before by one second; accuracy comes from
 * {@code hdop} (times 5 m) or the given default.
 */
public final class GpxSource implements PositionSource {
    /** A typical phone receiver's error per unit of HDOP (user equivalent range error). */
    static final double METERS_PER_HDOP = 5;

    private final Path file;
    private final InputStream input;
    private final XMLStreamReader xml;
    private final double defaultAccuracyMeters;
    private Instant lastTime;
    private int pointNumber;

    public GpxSource(Path file, double defaultAccuracyMeters) throws IOException {
        this.file = file;
        this.defaultAccuracyMeters = defaultAccuracyMeters;
        this.input = Files.newInputStream(file);
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            this.xml = factory.createXMLStreamReader(input);
        } catch (XMLStreamException e) {
            input.close();
            throw new IOException(file + " is not a GPX file: " + e.getMessage(), e);
        }
    }

    @Override
    public PositionEvent next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && isPoint(xml.getLocalName())) return readPoint();
            }
            return null;
        } catch (XMLStreamException e) {
            throw new IOException(
                    file + " is not valid GPX near point " + (pointNumber + 1) + ": " + e.getMessage(), e);
        }
    }

    private static boolean isPoint(String element) {
        return element.equals("trkpt") || element.equals("rtept") || element.equals("wpt");
    }

    private Fix readPoint() throws XMLStreamException, IOException {
        pointNumber++;
        String element = xml.getLocalName();
        LatLon position;
        try {
            position = new LatLon(
                    Double.parseDouble(xml.getAttributeValue(null, "lat")),
                    Double.parseDouble(xml.getAttributeValue(null, "lon")));
        } catch (RuntimeException e) {
            throw new IOException(file + ": point " + pointNumber + " has no valid lat and lon attributes", e);
        }
        Instant time = null;
        double accuracy = defaultAccuracyMeters;
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (name.equals("time")) {
                    time = parseTime(xml.getElementText());
                    depth--;
                } else if (name.equals("hdop")) {
                    accuracy =
                            Math.max(1, Double.parseDouble(xml.getElementText().trim()) * METERS_PER_HDOP);
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT
                    && xml.getLocalName().equals(element)) {
                depth = 0;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (time == null) time = lastTime == null ? Instant.now() : lastTime.plusSeconds(1);
        lastTime = time;
        return Fix.of(time, position, accuracy);
    }

    private Instant parseTime(String text) throws IOException {
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IOException(file + ": point " + pointNumber + " has a time that is not ISO 8601: " + text, e);
        }
    }

    @Override
    public String describe() {
        return "GPX track " + file.getFileName();
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed anyway
        }
        input.close();
    }
}
