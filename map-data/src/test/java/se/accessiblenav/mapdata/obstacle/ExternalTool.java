package se.accessiblenav.mapdata.obstacle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program the tests check against (GDAL). Missing, the test is skipped, unless {@code
 * REQUIRE_TEST_SERVICES=true} (set by {@code .ci/run}, which installs them): then it fails.
 */
final class ExternalTool {
    private ExternalTool() {}

    static void require(String program) {
        boolean found = List.of(System.getenv("PATH").split(":")).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
        if ("true".equals(System.getenv("REQUIRE_TEST_SERVICES")))
            assertThat(found)
                    .as(program + " must be installed (bash .ci/test-services)")
                    .isTrue();
        assumeTrue(found, program + " is not installed: run bash .ci/test-services");
    }

    /** Runs the command, asserts exit code 0, and returns standard output and error together. */
    static String run(String... command) throws IOException, InterruptedException {
        require(command[0]);
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command)))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + "\n" + output)
                .isZero();
        return output;
    }
}
