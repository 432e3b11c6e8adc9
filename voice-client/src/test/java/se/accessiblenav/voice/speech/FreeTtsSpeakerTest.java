package se.accessiblenav.voice.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real FreeTTS kevin16 speech written to WAV: valid audio whose length fits the text. */
class FreeTtsSpeakerTest {
    @TempDir
    Path folder;

    @Test
    void writesValidWavFilesWhoseLengthFitsTheText() throws Exception {
        String shortText = "Turn left.";
        String longText = "Cross Sveavägen at the traffic lights with a sound signal. This is a busy road. Push the"
                + " button to cross. Lowered kerb.";
        try (FreeTtsSpeaker speaker = FreeTtsSpeaker.toWavFiles(folder)) {
            long[] started = new long[2];
            speaker.speak(
                    new Utterance(1, shortText, "en", Priority.GUIDANCE, "short", System.nanoTime()),
                    () -> started[0]++);
            speaker.speak(
                    new Utterance(2, longText, "en", Priority.GUIDANCE, "long", System.nanoTime()), () -> started[1]++);
            assertThat(started).containsExactly(1, 1);
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.sorted().toList();
        }
        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .containsExactly("0001-short.wav", "0002-long.wav");
        double shortSeconds = checkedSeconds(files.get(0).toFile());
        double longSeconds = checkedSeconds(files.get(1).toFile());
        // About 2.5 words a second: "Turn left." under 2 s, the 21-word crossing between 5 and 14 s.
        assertThat(shortSeconds).isBetween(0.4, 2.0);
        assertThat(longSeconds).isBetween(5.0, 14.0);
        for (Path wav : files)
            assertThat(secondsBeforeSpeech(wav.toFile()))
                    .as("%s starts with the first word, not the voice's 200 ms lead-in silence", wav.getFileName())
                    .isLessThan(0.03);
    }

    private static double secondsBeforeSpeech(File wav) throws Exception {
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(wav)) {
            byte[] pcm = audio.readAllBytes();
            boolean bigEndian = audio.getFormat().isBigEndian();
            for (int i = 0; i + 1 < pcm.length; i += 2)
                if (Math.abs(sample(pcm, i, bigEndian)) > 300)
                    return i / 2 / audio.getFormat().getFrameRate();
            return Double.POSITIVE_INFINITY;
        }
    }

    private static double checkedSeconds(File wav) throws Exception {
        AudioFileFormat file = AudioSystem.getAudioFileFormat(wav);
        assertThat(file.getType()).isEqualTo(AudioFileFormat.Type.WAVE);
        AudioFormat format = file.getFormat();
        assertThat(format.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
        assertThat(format.getSampleRate()).isEqualTo(16000f);
        assertThat(format.getChannels()).isEqualTo(1);
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(wav)) {
            byte[] samples = audio.readAllBytes();
            assertThat(loudestSample(samples, format.isBigEndian()))
                    .as("not silence")
                    .isGreaterThan(3000);
            return samples.length / (double) format.getFrameSize() / format.getFrameRate();
        }
    }

    private static int loudestSample(byte[] pcm, boolean bigEndian) {
        int loudest = 0;
        for (int i = 0; i + 1 < pcm.length; i += 2) loudest = Math.max(loudest, Math.abs(sample(pcm, i, bigEndian)));
        return loudest;
    }

    /** The 16-bit sample starting at byte {@code i}. */
    private static int sample(byte[] pcm, int i, boolean bigEndian) {
        return bigEndian ? (pcm[i] << 8) | (pcm[i + 1] & 0xff) : (pcm[i + 1] << 8) | (pcm[i] & 0xff);
    }
}
