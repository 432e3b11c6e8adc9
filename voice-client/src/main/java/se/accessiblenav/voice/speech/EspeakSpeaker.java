package se.accessiblenav.voice.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * espeak-ng, when it is installed: it speaks Swedish (and English). To the audio device, or with {@code -w}
 * to one WAV file per utterance. A cancelled utterance stops the process.
 */
public final class EspeakSpeaker implements Speaker {
    private static final String PROGRAM = "espeak-ng";

    private final String voice;
    private final WavFiles wavFiles;
    private volatile Process current;
    private volatile boolean cancelled;

    private EspeakSpeaker(String language, WavFiles wavFiles) {
        this.voice = language.toLowerCase(java.util.Locale.ROOT).startsWith("sv") ? "sv" : "en";
        this.wavFiles = wavFiles;
    }

    public static boolean isInstalled() {
        try {
            Process probe = new ProcessBuilder(PROGRAM, "--version")
                    .redirectErrorStream(true)
                    .start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(5, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static EspeakSpeaker toDevice(String language) {
        return new EspeakSpeaker(language, null);
    }

    public static EspeakSpeaker toWavFiles(String language, Path folder) throws SpeechException {
        try {
            return new EspeakSpeaker(language, new WavFiles(folder));
        } catch (IOException e) {
            throw new SpeechException("Cannot write speech to " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void speak(Utterance utterance, Runnable audioStarted) throws SpeechException {
        List<String> command = new ArrayList<>(List.of(PROGRAM, "-v", voice, "-s", "160"));
        if (wavFiles != null)
            command.addAll(List.of("-w", wavFiles.fileFor(utterance).toString()));
        command.add("--");
        command.add(utterance.text());
        try {
            cancelled = false;
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            current = process;
            if (wavFiles == null) audioStarted.run();
            String output = new String(process.getInputStream().readAllBytes());
            int exit = process.waitFor();
            if (wavFiles != null && exit == 0) audioStarted.run();
            if (exit != 0 && !cancelled) throw new SpeechException("espeak-ng failed: " + output.trim(), null);
        } catch (IOException e) {
            throw new SpeechException("Cannot run espeak-ng: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            current = null;
        }
    }

    @Override
    public void cancel() {
        cancelled = true;
        Process process = current;
        if (process != null) process.destroy();
    }

    @Override
    public String describe() {
        return "espeak-ng (" + voice + ")"
                + (wavFiles == null ? " to the audio device" : " to WAV files in " + wavFiles.folder());
    }

    @Override
    public void close() {
        cancel();
    }
}
