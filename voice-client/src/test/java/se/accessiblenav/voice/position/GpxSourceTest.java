package se.accessiblenav.voice.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpxSourceTest {
    @TempDir
    Path folder;

    @Test
    void readsTrackPointsWithTimesAndHdop() throws IOException {
        Path gpx = write("""
                <?xml version="1.0"?>
                <gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
                  <trk><name>Walk</name><trkseg>
                    <trkpt lat="59.3355" lon="18.0630"><ele>20</ele><time>2026-11-23T12:00:00Z</time><hdop>1.4</hdop></trkpt>
                    <trkpt lat="59.3356" lon="18.0632"><time>2026-11-23T12:00:02Z</time></trkpt>
                  </trkseg></trk>
                </gpx>
                """);
        try (GpxSource source = new GpxSource(gpx, 4)) {
            Fix first = (Fix) source.next();
            Fix second = (Fix) source.next();
            assertThat(source.next()).isNull();
            assertThat(first.position().lat()).isEqualTo(59.3355);
            assertThat(first.accuracyMeters()).isEqualTo(7.0);
            assertThat(second.time()).isEqualTo(Instant.parse("2026-11-23T12:00:02Z"));
            assertThat(second.accuracyMeters()).isEqualTo(4.0);
        }
    }

    @Test
    void aPointWithoutCoordinatesIsAClearError() throws IOException {
        Path gpx = write("<gpx><trk><trkseg><trkpt lat=\"x\"/></trkseg></trk></gpx>");
        try (GpxSource source = new GpxSource(gpx, 5)) {
            assertThatThrownBy(source::next).hasMessageContaining("point 1 has no valid lat and lon");
        }
    }

    @Test
    void pacedReplayKeepsTheRecordedRhythmTimesTheSpeed() throws Exception {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < 5; i++)
            points.append("<trkpt lat=\"59.3355\" lon=\"18.063\"><time>2026-11-23T12:00:0")
                    .append(i)
                    .append("Z</time></trkpt>");
        Path gpx = write("<gpx><trk><trkseg>" + points + "</trkseg></trk></gpx>");
        long start = System.nanoTime();
        try (PositionSource source = new PacedSource(new GpxSource(gpx, 5), 20)) {
            while (source.next() != null) {}
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("4 s of track at 20x").isBetween(180L, 2000L);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(folder.resolve("walk.gpx"), text);
    }
}
