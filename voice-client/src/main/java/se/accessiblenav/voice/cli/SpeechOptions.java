package se.accessiblenav.voice.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import javax.sound.sampled.SourceDataLine;
import picocli.CommandLine.Option;
import se.accessiblenav.voice.speech.EchoingSpeaker;
import se.accessiblenav.voice.speech.EspeakSpeaker;
import se.accessiblenav.voice.speech.FreeTtsSpeaker;
import se.accessiblenav.voice.speech.SilentSpeaker;
import se.accessiblenav.voice.speech.Speaker;
import se.accessiblenav.voice.speech.SpeechException;
import se.accessiblenav.voice.speech.TextSpeaker;

/**
 * Which voice, and where its audio goes. {@code auto}: espeak-ng for Swedish when installed, else FreeTTS
 * kevin16; to the audio device, or WAV files in {@code --wav-dir} where there is none.
 */
final class SpeechOptions {
    enum Backend {
        auto,
        freetts,
        espeak,
        text,
        none
    }

    @Option(
            names = "--speech",
            defaultValue = "auto",
            description = "auto, freetts, espeak, text (print only) or none (default ${DEFAULT-VALUE}).")
    Backend backend;

    @Option(
            names = "--wav-dir",
            description = "Write speech to WAV files here instead of the audio device (default: the device, or"
                    + " ./speech when there is none).")
    Path wavDir;

    Speaker open(String language, PrintWriter out, PrintWriter err) throws SpeechException {
        return switch (backend) {
            case none -> new SilentSpeaker();
            case text -> new TextSpeaker(out);
            case espeak -> {
                if (!EspeakSpeaker.isInstalled())
                    throw new SpeechException("espeak-ng is not installed (Debian: apt-get install espeak-ng)", null);
                yield new EchoingSpeaker(espeak(language), out);
            }
            case freetts -> new EchoingSpeaker(freeTts(language, err), out);
            case auto ->
                new EchoingSpeaker(
                        language.equals("sv") && EspeakSpeaker.isInstalled()
                                ? espeak(language)
                                : freeTts(language, err),
                        out);
        };
    }

    /** espeak-ng, known to be installed. */
    private Speaker espeak(String language) throws SpeechException {
        if (wavDir != null) return EspeakSpeaker.toWavFiles(language, wavDir);
        return FreeTtsSpeaker.hasAudioDevice()
                ? EspeakSpeaker.toDevice(language)
                : EspeakSpeaker.toWavFiles(language, Path.of("speech"));
    }

    private Speaker freeTts(String language, PrintWriter err) throws SpeechException {
        if (language.equals("sv"))
            err.println("Note: FreeTTS kevin16 is an English voice; install espeak-ng for Swedish speech.");
        if (wavDir != null) return FreeTtsSpeaker.toWavFiles(wavDir);
        Optional<SourceDataLine> line = FreeTtsSpeaker.openDefaultLine();
        if (line.isPresent()) return FreeTtsSpeaker.toDevice(line.get());
        err.println("No audio device; speech goes to WAV files in ./speech");
        return FreeTtsSpeaker.toWavFiles(Path.of("speech"));
    }
}
