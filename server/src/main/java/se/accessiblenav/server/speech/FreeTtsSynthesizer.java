package se.accessiblenav.server.speech;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.SingleFileAudioPlayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;

/**
 * FreeTTS's {@code kevin16} voice (English, 16 kHz mono). FreeTTS writes WAV only to files, so each
 * text goes through a temporary file that is read back and removed. One voice speaks one text at a
 * time.
 */
final class FreeTtsSynthesizer implements SpeechSynthesizer {
    static final String VOICE = "kevin16";

    private final Voice voice;
    private final Path workFolder;

    FreeTtsSynthesizer(Path workFolder) {
        System.setProperty("freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
        Voice found = VoiceManager.getInstance().getVoice(VOICE);
        if (found == null) throw new IllegalStateException("FreeTTS has no voice " + VOICE + " on the class path");
        this.voice = found;
        this.workFolder = workFolder;
        voice.allocate();
    }

    @Override
    public String voiceName() {
        return "FreeTTS " + VOICE;
    }

    @Override
    public synchronized byte[] toWav(String text) {
        Path base = null;
        try {
            base = Files.createTempFile(workFolder, "speech-", "");
            SingleFileAudioPlayer player = new SingleFileAudioPlayer(base.toString(), AudioFileFormat.Type.WAVE);
            voice.setAudioPlayer(player);
            boolean spoken;
            try {
                spoken = voice.speak(text);
            } finally {
                player.close(); // writes <base>.wav
            }
            if (!spoken) throw new SpeechFailedException("FreeTTS could not speak the text", null);
            return Files.readAllBytes(Path.of(base + ".wav"));
        } catch (IOException e) {
            throw new SpeechFailedException("FreeTTS audio could not be written: " + e.getMessage(), e);
        } finally {
            if (base != null) deleteQuietly(base, Path.of(base + ".wav"));
        }
    }

    private static void deleteQuietly(Path... files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }

    @Override
    public synchronized void close() {
        voice.deallocate();
    }
}
