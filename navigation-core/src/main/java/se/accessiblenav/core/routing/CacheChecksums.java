package se.accessiblenav.core.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * A manifest of the files in a folder, one line per file ({@code name size crc32c}), and its check.
 * GraphHopper trusts its files: a garbled {@code nodes} file makes every start run out of memory, a garbled
 * {@code location_index} answers every route with an error, garbled landmarks give wrong routes without a
 * word. Comparing every file with what the import wrote finds all of these before the graph is used.
 * CRC-32C runs at memory speed (a city's 250 MB in well under a second).
 */
final class CacheChecksums {
    private CacheChecksums() {}

    /** Writes the manifest of the files in {@code dir} that {@code include} accepts. */
    static void write(Path dir, Path manifest, Predicate<Path> include) {
        StringBuilder text = new StringBuilder("# name size crc32c, written after the import\n");
        for (Map.Entry<String, long[]> entry : measure(dir, include).entrySet())
            text.append(entry.getKey())
                    .append(' ')
                    .append(entry.getValue()[0])
                    .append(' ')
                    .append(Long.toHexString(entry.getValue()[1]))
                    .append('\n');
        try {
            Files.writeString(manifest, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the graph cache checksums " + manifest, e);
        }
    }

    /** What differs from the manifest, in words, one entry per file; empty when everything matches. */
    static List<String> verify(Path dir, Path manifest, Predicate<Path> include) {
        if (!Files.isRegularFile(manifest)) return List.of("no checksums (" + manifest.getFileName() + ")");
        Map<String, long[]> expected = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(manifest)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.trim().split(" ");
                if (parts.length != 3) return List.of("unreadable checksums line '" + line + "'");
                expected.put(parts[0], new long[] {Long.parseLong(parts[1]), Long.parseUnsignedLong(parts[2], 16)});
            }
        } catch (IOException | RuntimeException e) {
            return List.of("unreadable checksums (" + e.getMessage() + ")");
        }
        Map<String, long[]> actual = measure(dir, include);
        List<String> damaged = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : expected.entrySet()) {
            long[] found = actual.get(entry.getKey());
            if (found == null) damaged.add(entry.getKey() + " is missing");
            else if (found[0] != entry.getValue()[0])
                damaged.add(entry.getKey() + " has " + found[0] + " bytes, not " + entry.getValue()[0]);
            else if (found[1] != entry.getValue()[1]) damaged.add(entry.getKey() + " has other content");
        }
        for (String name : actual.keySet())
            if (!expected.containsKey(name)) damaged.add(name + " was not written by the import");
        return damaged;
    }

    private static Map<String, long[]> measure(Path dir, Predicate<Path> include) {
        Map<String, long[]> sums = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(include).toList())
                sums.put(file.getFileName().toString(), new long[] {Files.size(file), crc32c(file)});
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the graph cache " + dir, e);
        }
        return sums;
    }

    private static long crc32c(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return crc.getValue();
    }
}
