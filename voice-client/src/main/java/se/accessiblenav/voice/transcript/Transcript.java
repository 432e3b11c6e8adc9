package se.accessiblenav.voice.transcript;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable log of a walk, one JSON object per line, flushed line by line so a walk that is cut
 * short still leaves a readable file. Also kept in memory for tests and the end-of-walk summary.
 */
public final class Transcript implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedWriter out;
    private final List<TranscriptEntry> entries = new ArrayList<>();

    private Transcript(BufferedWriter out) {
        this.out = out;
    }

    public static Transcript toFile(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        return new Transcript(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    public static Transcript inMemory() {
        return new Transcript(null);
    }

    public synchronized void record(TranscriptEntry entry) {
        entries.add(entry);
        if (out == null) return;
        try {
            out.write(toJson(entry));
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the transcript: " + e.getMessage(), e);
        }
    }

    public synchronized List<TranscriptEntry> entries() {
        return List.copyOf(entries);
    }

    static String toJson(TranscriptEntry e) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", e.time().toString());
        if (e.lat() != null) line.put("lat", round(e.lat(), 1e7));
        if (e.lon() != null) line.put("lon", round(e.lon(), 1e7));
        if (e.accuracyMeters() != null) line.put("accuracy", round(e.accuracyMeters(), 10));
        if (e.alongMeters() != null && !e.alongMeters().isNaN()) line.put("along", round(e.alongMeters(), 10));
        line.put("event", e.event());
        if (e.cueId() != null && !e.cueId().isEmpty()) line.put("cue_id", e.cueId());
        if (e.text() != null && !e.text().isEmpty()) line.put("text", e.text());
        for (Map.Entry<String, Object> x : e.extra().entrySet()) line.putPOJO(x.getKey(), x.getValue());
        return line.toString();
    }

    private static double round(double value, double factor) {
        return Math.round(value * factor) / factor;
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) out.close();
    }
}
