package se.accessiblenav.voice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The commands through {@link CommandLine#execute}, with their output captured. */
class VoiceClientCommandsTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = VoiceClient.commandLine(new ByteArrayInputStream(new byte[0]));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"navigate", "simulate", "whereami", "around", "speak"})
    void everyCommandExplainsItselfAndItsExitCodes(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out.toString()).contains("Usage: voice-client " + command).contains("Exit codes: 0");
    }

    @Test
    void missingOptionsAreAUsageError() {
        assertThat(run("simulate", "--from", "59.3355,18.0630")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("Missing required option: '--to");
    }

    @Test
    void aWrongPositionOrLanguageIsAUsageErrorWithAClearMessage() {
        assertThat(run("simulate", "--from", "59.3355", "--to", "59.3358,18.0737"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("A position is latitude,longitude in degrees");
        assertThat(run("simulate", "--from", "59.3355,18.0630", "--to", "59.3358,18.0737", "--lang", "de"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--lang must be en or sv");
        for (String[] command : new String[][] {
            {"whereami", "--at", "59.3355,18.0630"}, {"around", "--at", "59.3355,18.0630"}, {"speak", "hello"}
        }) {
            err.getBuffer().setLength(0);
            String[] args = java.util.Arrays.copyOf(command, command.length + 2);
            args[command.length] = "--lang";
            args[command.length + 1] = "fr";
            assertThat(run(args)).as(command[0]).isEqualTo(ExitCodes.USAGE);
            assertThat(err.toString()).as(command[0]).contains("--lang must be en or sv, not 'fr'");
        }
    }

    @Test
    void aServerThatIsNotRunningGivesExitCodeThreeAndSaysWhatToDo() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        int code = run(
                "simulate",
                "--server",
                "http://localhost:" + closedPort,
                "--from",
                "59.3355,18.0630",
                "--to",
                "59.3358,18.0737",
                "--speech",
                "none");
        assertThat(code).isEqualTo(ExitCodes.SERVER_UNREACHABLE);
        assertThat(err.toString()).contains("cannot be reached").contains("Start the server (./run)");
    }

    @Test
    void aMissingRecordingGivesExitCodeFive() {
        int code = run("navigate", "--source", "gpx:" + folder.resolve("none.gpx"), "--to", "59.3358,18.0737");
        assertThat(code).isEqualTo(ExitCodes.NO_POSITION);
        assertThat(err.toString()).contains("No such file");
    }

    @Test
    void speakWritesAWavFileWithFreeTts() throws Exception {
        Path wavs = folder.resolve("speech");
        assertThat(run("speak", "--speech", "freetts", "--wav-dir", wavs.toString(), "Hello", "Stockholm"))
                .isZero();
        assertThat(out.toString()).contains("» Hello Stockholm");
        try (var files = Files.list(wavs)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("0001-say.wav");
        }
    }
}
