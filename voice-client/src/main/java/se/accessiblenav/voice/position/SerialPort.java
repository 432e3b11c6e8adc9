package se.accessiblenav.voice.position;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Sets a serial device (a USB GPS receiver) to raw mode at a baud rate with {@code stty}, so it can then be
 * read as a plain file. No native library: Linux and macOS have {@code stty}.
 */
public final class SerialPort {
    private SerialPort() {}

    public static boolean isCharacterDevice(Path path) {
        return path.startsWith("/dev/") && Files.exists(path) && !Files.isRegularFile(path);
    }

    public static void configure(Path device, int baud) throws IOException {
        boolean linux = System.getProperty("os.name", "")
                .toLowerCase(java.util.Locale.ROOT)
                .contains("linux");
        List<String> command =
                List.of("stty", linux ? "-F" : "-f", device.toString(), Integer.toString(baud), "raw", "-echo");
        try {
            Process stty = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(stty.getInputStream().readAllBytes());
            if (!stty.waitFor(5, TimeUnit.SECONDS) || stty.exitValue() != 0)
                throw new IOException(
                        "Cannot set up the serial device " + device + " at " + baud + " baud: " + output.trim());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while setting up " + device, e);
        }
    }
}
