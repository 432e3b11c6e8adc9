package se.accessiblenav.mapdata.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the walkable network of a bounding box from an Overpass API server as OSM XML. The file is
 * written beside the target and moved into place only when complete, so a broken download never
 * leaves a half map behind. Progress is logged every megabyte.
 */
public final class OverpassExtractDownloader {
    public static final URI DEFAULT_ENDPOINT = URI.create("https://overpass-api.de/api/interpreter");
    private static final Logger LOG = LoggerFactory.getLogger(OverpassExtractDownloader.class);
    private static final long PROGRESS_STEP_BYTES = 1 << 20;

    private final URI endpoint;
    private final HttpClient http;

    public OverpassExtractDownloader(URI endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Every highway with its nodes (crossings, kerbs and signals are nodes of the ways). */
    static String query(BoundingBox box) {
        return "[out:xml][timeout:300];(way[\"highway\"](" + box.toOverpass() + "););(._;>;);out body;";
    }

    public Path download(BoundingBox box, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        String form = "data=" + URLEncoder.encode(query(box), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", "accessible-navigation (map extract for a pedestrian router)")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        LOG.info("Fetching the walkable network of {} from {}", box.toOverpass(), endpoint);
        try {
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new MapUnavailableException(
                        "The map server " + endpoint + " answered HTTP " + response.statusCode() + " for the extract "
                                + box.toOverpass() + "; try again later or download an extract by hand.");
            }
            long bytes = copyWithProgress(response.body(), partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Map extract saved: {} ({} KB)", target, bytes / 1024);
            return target;
        } catch (ConnectException | UnknownHostException | HttpConnectTimeoutException e) {
            throw new MapUnavailableException(offlineMessage(target), e);
        } catch (IOException e) {
            if (e.getCause() instanceof ConnectException || e.getCause() instanceof UnknownHostException)
                throw new MapUnavailableException(offlineMessage(target), e);
            throw new MapUnavailableException(
                    "Downloading the map extract from " + endpoint + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MapUnavailableException("Map download interrupted", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // best effort: the partial file is never used
            }
        }
    }

    private String offlineMessage(Path target) {
        return "No map file at " + target.toAbsolutePath() + ", and the map server " + endpoint
                + " cannot be reached (no network?). Put an OSM extract (.osm.pbf) there, or set navigation.map.osm-file to one.";
    }

    private static long copyWithProgress(InputStream in, Path partial) throws IOException {
        long total = 0;
        long nextReport = PROGRESS_STEP_BYTES;
        try (in;
                OutputStream out = Files.newOutputStream(partial)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                total += n;
                if (total >= nextReport) {
                    LOG.info("Map download: {} MB received", total / PROGRESS_STEP_BYTES);
                    nextReport += PROGRESS_STEP_BYTES;
                }
            }
        }
        return total;
    }
}
