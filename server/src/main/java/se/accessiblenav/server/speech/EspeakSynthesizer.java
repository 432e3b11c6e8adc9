package se.accessiblenav.server.speech;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * espeak-ng, when installed, for languages FreeTTS has no voice for (Swedish). The text goes in on
 * standard input (never as an argument, so it cannot be read as an option); WAV comes out on standard
 * output.
 */
final class EspeakSynthesizer implements SpeechSynthesizer {
    private static final long TIMEOUT_SECONDS = 30;

    private final String program;
    private final String voice;

    EspeakSynthesizer(String program, String voice) {
        this.program = program;
        this.voice = voice;
    }

    /** Whether the program is installed and has a voice for the language ({@code --voices=sv} lists it). */
    static boolean hasVoice(String program, String language) {
        try {
            Process list = new ProcessBuilder(program, "--voices=" + language)
                    .redirectErrorStream(true)
                    .start();
            String voices = new String(list.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return list.waitFor(5, TimeUnit.SECONDS)
                    && list.exitValue() == 0
                    && voices.lines() // a header, then "Pty Language Age/Gender VoiceName File ..."
                            .skip(1)
                            .map(line -> line.trim().split("\\s+"))
                            .anyMatch(columns -> columns.length > 1 && columns[1].equals(language));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String voiceName() {
        return "espeak-ng " + voice;
    }

    @Override
    public byte[] toWav(String text) {
        Process process;
        try {
            process = new ProcessBuilder(List.of(program, "-v", voice, "-s", "160", "--stdout"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new SpeechFailedException("espeak-ng could not be started: " + e.getMessage(), e);
        }
        try {
            CompletableFuture<byte[]> audio = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                throw new SpeechFailedException("espeak-ng took longer than " + TIMEOUT_SECONDS + " s", null);
            byte[] wav = audio.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (process.exitValue() != 0 || wav.length < 44)
                throw new SpeechFailedException("espeak-ng failed with exit code " + process.exitValue(), null);
            return wav;
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new SpeechFailedException("espeak-ng failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechFailedException("Interrupted while espeak-ng was speaking", e);
        } finally {
            process.destroyForcibly();
        }
    }

    private static byte[] readAll(InputStream stream) {
        try (stream) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            stream.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
