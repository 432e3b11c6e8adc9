package se.accessiblenav.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

/**
 * Other people's web clients and tools, from npm at the versions {@code server/src/test/web-clients} pins
 * (Leaflet Routing Machine with lrm-graphhopper, Redocly's CLI): installed once with {@code npm ci} into
 * {@code server/target/web-clients}. Where Node.js is missing the test is skipped, unless
 * REQUIRE_TEST_SERVICES=true (CI), where that fails.
 */
public final class WebClientPackages {
    private static final Path SOURCE = Path.of("src/test/web-clients");
    private static final Path TARGET = Path.of("target/web-clients");

    private WebClientPackages() {}

    /** The installed packages' {@code node_modules} folder. */
    public static synchronized Path nodeModules() throws IOException, InterruptedException {
        Path modules = TARGET.resolve("node_modules");
        Path lock = TARGET.resolve("package-lock.json");
        byte[] wanted = Files.readAllBytes(SOURCE.resolve("package-lock.json"));
        if (Files.isDirectory(modules)
                && Files.exists(lock)
                && java.util.Arrays.equals(wanted, Files.readAllBytes(lock))) return modules.toAbsolutePath();
        requireNpm();
        Files.createDirectories(TARGET);
        for (String file : new String[] {"package.json", "package-lock.json"})
            Files.copy(SOURCE.resolve(file), TARGET.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")
                .directory(TARGET.toFile())
                .redirectErrorStream(true)
                .redirectOutput(TARGET.resolve("npm-ci.log").toFile())
                .start();
        assertThat(npm.waitFor(5, TimeUnit.MINUTES)).as("npm ci finished").isTrue();
        assertThat(npm.exitValue())
                .as("npm ci in %s: %s", TARGET, Files.readString(TARGET.resolve("npm-ci.log")))
                .isZero();
        return modules.toAbsolutePath();
    }

    private static void requireNpm() throws InterruptedException {
        boolean installed;
        try {
            installed = new ProcessBuilder("npm", "--version")
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            installed = false;
        }
        if ("true".equals(System.getenv("REQUIRE_TEST_SERVICES")))
            assertThat(installed).as("Node.js and npm").isTrue();
        assumeTrue(installed, "npm is not installed");
    }
}
