package se.accessiblenav.voice.speech;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * FreeTTS's {@code kevin16} voice (English, 16 kHz), to the audio device or, where there is none (a
 * headless box), to one WAV file per utterance.
 */
public final class FreeTtsSpeaker implements Speaker {
    public static final String VOICE = "kevin16";
    private static final AudioFormat KEVIN_FORMAT = new AudioFormat(16000, 16, 1, true, true);

    private final Voice voice;
    private final PcmAudioPlayer player;
    private final WavFiles wavFiles;

    private FreeTtsSpeaker(SourceDataLine line, WavFiles wavFiles) throws SpeechException {
        System.setProperty("freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
        Voice found = VoiceManager.getInstance().getVoice(VOICE);
        if (found == null) throw new SpeechException("FreeTTS has no voice " + VOICE + " on the class path", null);
        this.voice = found;
        this.player = new PcmAudioPlayer(line);
        this.wavFiles = wavFiles;
        voice.allocate();
        voice.setAudioPlayer(player);
    }

    /** To the default audio device. */
    public static FreeTtsSpeaker toDevice(SourceDataLine line) throws SpeechException {
        return new FreeTtsSpeaker(line, null);
    }

    /** To WAV files in a folder. */
    public static FreeTtsSpeaker toWavFiles(Path folder) throws SpeechException {
        try {
            return new FreeTtsSpeaker(null, new WavFiles(folder));
        } catch (IOException e) {
            throw new SpeechException("Cannot write speech to " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The audio device's line for the voice's format, open, or empty where there is no device. */
    public static Optional<SourceDataLine> openDefaultLine() {
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(KEVIN_FORMAT);
            line.open(KEVIN_FORMAT);
            line.start();
            return Optional.of(line);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException noDevice) {
            return Optional.empty();
        }
    }

    /** Whether there is an audio device to speak on. */
    public static boolean hasAudioDevice() {
        Optional<SourceDataLine> line = openDefaultLine();
        line.ifPresent(SourceDataLine::close);
        return line.isPresent();
    }

    @Override
    public synchronized void speak(Utterance utterance, Runnable audioStarted) throws SpeechException {
        player.prepare(audioStarted);
        voice.speak(utterance.text());
        if (wavFiles != null && !player.wasCancelled()) {
            try {
                WavFiles.write(player.samples(), player.getAudioFormat(), wavFiles.fileFor(utterance));
            } catch (IOException e) {
                throw new SpeechException("Cannot write " + wavFiles.fileFor(utterance) + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void cancel() {
        player.cancel();
    }

    @Override
    public String describe() {
        return "FreeTTS " + VOICE
                + (wavFiles == null ? " to the audio device" : " to WAV files in " + wavFiles.folder());
    }

    @Override
    public void close() {
        voice.deallocate();
        player.close();
    }
}
