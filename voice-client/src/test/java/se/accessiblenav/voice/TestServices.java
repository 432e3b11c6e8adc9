package se.accessiblenav.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Real parts the tests run against (gpsd, a pseudo-terminal, espeak-ng, a sound server). Missing, a test is
 * skipped, unless {@code REQUIRE_TEST_SERVICES=true} (set by {@code .ci/run}, which installs and starts them):
 * then it fails.
 */
public final class TestServices {
    private TestServices() {}

    public static void require(boolean present, String what) {
        if ("true".equals(System.getenv("REQUIRE_TEST_SERVICES")))
            assertThat(present)
                    .as(what + " is required (REQUIRE_TEST_SERVICES=true): run bash .ci/test-services")
                    .isTrue();
        assumeTrue(present, what + " is missing: run bash .ci/test-services");
    }

    public static void requireProgram(String program) {
        require(
                List.of(System.getenv("PATH").split(":")).stream()
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program))),
                "the program " + program);
    }
}
