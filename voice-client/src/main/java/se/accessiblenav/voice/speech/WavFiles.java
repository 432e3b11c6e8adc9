package se.accessiblenav.voice.speech;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Where speech goes when there is no audio device: one numbered WAV file per utterance in a folder. */
public final class WavFiles {
    private final Path folder;

    public WavFiles(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    public Path folder() {
        return folder;
    }

    /** The file for an utterance: {@code 0007-gps.wav}. */
    public Path fileFor(Utterance utterance) {
        String key = utterance.key().replaceAll("[^A-Za-z0-9_-]", "_");
        return folder.resolve(
                String.format(Locale.ROOT, "%04d-%s.wav", utterance.sequence(), key.isEmpty() ? "say" : key));
    }

    /** Writes PCM samples as a WAV file (through a temporary file, so a reader never sees half of one). */
    public static void write(byte[] pcm, AudioFormat format, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (AudioInputStream audio =
                new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / format.getFrameSize())) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, partial.toFile());
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
