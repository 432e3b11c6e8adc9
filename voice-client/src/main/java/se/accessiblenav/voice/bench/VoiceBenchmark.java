package se.accessiblenav.voice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;
import se.accessiblenav.voice.api.Route;
import se.accessiblenav.voice.api.RouteCue;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.geo.RouteLine;
import se.accessiblenav.voice.guidance.GuidanceSettings;
import se.accessiblenav.voice.guidance.Navigator;
import se.accessiblenav.voice.position.Fix;
import se.accessiblenav.voice.position.GpsErrorModel;
import se.accessiblenav.voice.position.PositionEvent;
import se.accessiblenav.voice.position.SimulatedWalker;
import se.accessiblenav.voice.speech.EspeakSpeaker;
import se.accessiblenav.voice.speech.FreeTtsSpeaker;
import se.accessiblenav.voice.speech.Priority;
import se.accessiblenav.voice.speech.Speaker;
import se.accessiblenav.voice.speech.SpeechException;
import se.accessiblenav.voice.speech.SpeechQueue;
import se.accessiblenav.voice.speech.Utterance;

/**
 * The voice client's figures (docs/benchmarks.md): speech synthesis real-time factor and the delay from a
 * cue's trigger to the start of its audio (FreeTTS kevin16, and espeak-ng when installed), the same delay to
 * the sound server's output where there is an audio device, the time to process one fix, and off-route
 * detection on seeded simulated walks. Run with {@code bin/voice-benchmark}.
 */
public final class VoiceBenchmark {
    private static final List<String> CUE_TEXTS = List.of(
            "Turn to 2 o'clock.",
            "In 15 metres: Cross Sveavägen at the traffic lights with a sound signal. This is a busy road. Push the"
                    + " button to cross. Lowered kerb. No tactile paving.",
            "Turn to 9 o'clock onto Kungsgatan, then continue for 150 metres, about 200 steps.",
            "On route, on Kungsgatan. 325 metres to the next crossing.",
            "Regeringsgatan, on your right.",
            "You have left the route. Stop; I am finding a new route from here.",
            "You have arrived at your destination.");

    private VoiceBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/voice-benchmark"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        StringBuilder report = new StringBuilder();
        report.append("| measure | value |\n|---|---|\n");
        long loadStart = System.nanoTime();
        Speaker kevin = FreeTtsSpeaker.toWavFiles(work.resolve("freetts"));
        report.append(
                row("FreeTTS kevin16: loading the voice (once, at start)", ms(System.nanoTime() - loadStart) + " ms"));
        speech(report, "FreeTTS kevin16", kevin, work.resolve("freetts"), rounds);
        if (EspeakSpeaker.isInstalled())
            speech(
                    report,
                    "espeak-ng (sv, to WAV)",
                    EspeakSpeaker.toWavFiles("sv", work.resolve("espeak")),
                    work.resolve("espeak"),
                    rounds);
        Optional<AudioMonitor> monitor = AudioMonitor.open();
        if (monitor.isPresent()) {
            try (AudioMonitor listening = monitor.get()) {
                Optional<SourceDataLine> line = FreeTtsSpeaker.openDefaultLine();
                if (line.isPresent())
                    audioDevice(report, listening, "FreeTTS kevin16", FreeTtsSpeaker.toDevice(line.get()), rounds);
                if (EspeakSpeaker.isInstalled())
                    audioDevice(report, listening, "espeak-ng (sv)", EspeakSpeaker.toDevice("sv"), rounds);
            }
        } else {
            report.append(row(
                    "to the audio device: cue trigger to its first word",
                    "no audio device here (bash .ci/test-services starts PulseAudio with a null sink)"));
        }
        fixProcessing(report);
        offRoute(report);
        System.out.print(report);
        Files.writeString(work.resolve("results.md"), report);
    }

    private static void speech(StringBuilder report, String name, Speaker speaker, Path folder, int rounds)
            throws InterruptedException, IOException {
        List<Long> delays = new CopyOnWriteArrayList<>();
        long synthesisNanos = 0;
        SpeechQueue queue = new SpeechQueue(speaker, new SpeechQueue.Listener() {
            @Override
            public void started(Utterance u, long delayNanos) {
                delays.add(delayNanos);
            }

            @Override
            public void failed(Utterance u, SpeechException error) {
                throw new IllegalStateException(error);
            }
        });
        queue.say("Warming up the voice.", "en", Priority.GUIDANCE, "warmup");
        queue.awaitIdle(60_000);
        long coldDelay = delays.get(0);
        delays.clear();
        clear(folder);
        for (int r = 0; r < rounds; r++)
            for (String text : CUE_TEXTS) {
                long start = System.nanoTime();
                queue.say(text, "en", Priority.GUIDANCE, "cue");
                queue.awaitIdle(60_000);
                synthesisNanos += System.nanoTime() - start;
            }
        queue.close();
        double audioSeconds = audioSeconds(folder);
        List<Long> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        report.append(row(
                name + ": real-time factor (synthesis time / audio length)",
                String.format(
                        Locale.ROOT,
                        "%.3f (%.1f s of speech in %.1f s)",
                        synthesisNanos / 1e9 / audioSeconds,
                        audioSeconds,
                        synthesisNanos / 1e9)));
        report.append(row(
                name + ": cue trigger to start of audio, p50 / p95 / max (" + sorted.size() + " cues)",
                millisP50P95Max(sorted)));
        report.append(row(name + ": first cue after start (cold code)", ms(coldDelay) + " ms"));
    }

    /**
     * A voice on the audio device, heard through the sound server's monitor ({@link AudioMonitor}): from a cue's
     * trigger to its first word at the sound server's output. Plays in real time, so each cue takes as long as
     * it is said.
     */
    private static void audioDevice(
            StringBuilder report, AudioMonitor monitor, String voice, Speaker speaker, int rounds) throws Exception {
        List<Long> delays = new ArrayList<>();
        try (SpeechQueue queue = new SpeechQueue(speaker, new SpeechQueue.Listener() {})) {
            for (int r = -1; r < Math.min(rounds, 3); r++)
                for (String text : r < 0 ? CUE_TEXTS.subList(0, 1) : CUE_TEXTS) {
                    long trigger = System.nanoTime();
                    queue.say(text, "en", Priority.GUIDANCE, "cue");
                    long heard = monitor.firstSoundAfter(trigger, 5000)
                            .orElseThrow(() -> new IllegalStateException(voice + ": a cue was not heard"));
                    queue.awaitIdle(60_000);
                    monitor.awaitQuiet(300, 30_000);
                    if (r >= 0) delays.add(heard - trigger);
                }
        }
        Collections.sort(delays);
        report.append(row(
                voice + " to the audio device (PulseAudio null sink, heard at its monitor): cue trigger to its first"
                        + " word, p50 / p95 / max (" + delays.size() + " cues)",
                millisP50P95Max(delays)));
    }

    /** Sorted nanosecond delays as "p50 / p95 / max ms". */
    private static String millisP50P95Max(List<Long> sortedNanos) {
        return String.format(
                Locale.ROOT,
                "%d / %d / %d ms",
                ms(percentile(sortedNanos, 50)),
                ms(percentile(sortedNanos, 95)),
                ms(sortedNanos.get(sortedNanos.size() - 1)));
    }

    private static void fixProcessing(StringBuilder report) {
        List<LatLon> points = new ArrayList<>();
        List<RouteCue> cues = new ArrayList<>();
        LatLon at = new LatLon(59.3355, 18.0630);
        points.add(at);
        double along = 0;
        for (int leg = 0; leg < 200; leg++) {
            at = at.moved(20, leg % 2 == 0 ? 90 : 30);
            points.add(at);
            along += 20;
            cues.add(new RouteCue("c" + leg, "turn", along, at, List.of(10.0, 3.0), "Turn.", "Turn, then go on."));
        }
        Route route = new Route(new RouteLine(points), cues, List.of(), "en", "", "");
        GuidanceSettings settings = GuidanceSettings.defaults("en");
        List<Fix> fixes = new ArrayList<>();
        SimulatedWalker walker = new SimulatedWalker(
                route::line, 1.2, new GpsErrorModel(GpsErrorModel.Settings.typical(5), 1), null, Instant.EPOCH);
        PositionEvent e;
        while ((e = walker.next()) != null) if (e instanceof Fix f) fixes.add(f);
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 20; round++) {
            Navigator navigator = new Navigator(route, settings);
            long start = System.nanoTime();
            for (Fix f : fixes) navigator.onFix(f);
            best = Math.min(best, System.nanoTime() - start);
        }
        report.append(row(
                "guidance: time to process one fix (4 km route, 201 points, 200 cues, 5 m noise; best of 20 walks of "
                        + fixes.size() + " fixes)",
                String.format(Locale.ROOT, "%.1f µs", best / 1e3 / fixes.size())));
    }

    private static void offRoute(StringBuilder report) {
        Route route = SyntheticRoutes.zigzag(SyntheticRoutes.OFF_ROUTE_TEST_LEGS);
        GpsErrorModel.Settings typical = OffRouteTrials.typicalGps();
        offRoute(
                report,
                OffRouteTrials.run(route, typical, 1, 600, 100),
                "typical GPS, the seeds the detector was tuned on");
        offRoute(report, OffRouteTrials.run(route, typical, 10_001, 2000, 300), "typical GPS, held-out seeds");
        GpsErrorModel.Settings noisyVelocity = typical.withVelocityNoise(0.5);
        offRoute(
                report, OffRouteTrials.run(route, noisyVelocity, 10_001, 2000, 300), "velocity error 0.5 m/s per axis");
        GpsErrorModel.Settings slowerDrift =
                new GpsErrorModel.Settings(5, 0.5, 120, 0, 0, 0, 0, GpsErrorModel.TYPICAL_VELOCITY_NOISE);
        offRoute(
                report,
                OffRouteTrials.run(route, slowerDrift, 10_001, 2000, 300),
                "half the variance drifting, over 2 minutes");
        offRoute(
                report,
                OffRouteTrials.run(route, typical.withoutVelocity(), 10_001, 2000, 300),
                "positions only, no speed or course from the receiver");
    }

    private static void offRoute(StringBuilder report, OffRouteTrials.Summary trials, String conditions) {
        List<Double> meters = trials.sortedMeters();
        List<Long> seconds = trials.sortedSeconds();
        String seeds = conditions + "; seeds " + trials.firstSeed() + "–" + (trials.firstSeed() + trials.walks() - 1);
        report.append(row(
                "off route: false alarms on " + trials.walks() + " walks of 700 m with 5 m GPS accuracy (" + seeds
                        + ")",
                Integer.toString(trials.falseAlarms())));
        report.append(row(
                "off route: wrong turn (straight on at a corner) caught after, p50 / p95 / max (" + meters.size()
                        + " walks, " + trials.missedWrongTurns() + " missed, " + trials.outsideTarget()
                        + " after both 15 m and 10 s; " + seeds + ")",
                String.format(
                        Locale.ROOT,
                        "%.1f / %.1f / %.1f m; %d / %d / %d s",
                        percentileD(meters, 50),
                        percentileD(meters, 95),
                        meters.get(meters.size() - 1),
                        percentile(seconds, 50),
                        percentile(seconds, 95),
                        seconds.get(seconds.size() - 1))));
    }

    private static String row(String measure, String value) {
        return "| " + measure + " | " + value + " |\n";
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    private static double percentileD(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    private static double audioSeconds(Path folder) throws IOException {
        double seconds = 0;
        try (var files = Files.list(folder)) {
            for (Path wav : files.filter(p -> p.toString().endsWith(".wav")).toList())
                try (AudioInputStream audio = AudioSystem.getAudioInputStream(wav.toFile())) {
                    seconds += audio.getFrameLength() / audio.getFormat().getFrameRate();
                } catch (javax.sound.sampled.UnsupportedAudioFileException e) {
                    throw new IOException(wav + " is not audio", e);
                }
        }
        return seconds;
    }

    private static void clear(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) Files.delete(p);
        }
    }
}
