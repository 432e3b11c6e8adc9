package se.accessiblenav.server.obstacle;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import se.accessiblenav.server.system.ClientProblemException;

/** Reads a request body with a size limit: a too large upload is refused before it fills memory. */
final class RequestBodies {
    private RequestBodies() {}

    static byte[] read(HttpServletRequest request, long maxBytes) {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) throw tooLarge(declared, maxBytes);
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) throw tooLarge(total, maxBytes);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ClientProblemException("The request body could not be read: " + e.getMessage());
        }
    }

    static ClientProblemException tooLarge(long bytes, long maxBytes) {
        return new ClientProblemException(
                413,
                "The upload is too large (" + bytes / 1024 + " KiB or more); at most " + maxBytes / 1024
                        + " KiB are accepted (navigation.obstacles.max-upload-bytes). Split the file.",
                "PayloadTooLarge",
                Map.of("max_bytes", maxBytes));
    }
}
