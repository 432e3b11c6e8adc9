package se.accessiblenav.mapdata.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsmExtractResolverTest {
    private static final BoundingBox HOTORGET = BoundingBox.parseWestSouthEastNorth("18.060,59.334,18.066,59.337");

    @TempDir
    Path dir;

    @Test
    void usesAnExistingFile() throws IOException {
        Path map = Files.writeString(dir.resolve("city.osm.pbf"), "x");
        var resolver = new OsmExtractResolver(new OverpassExtractDownloader(URI.create("http://127.0.0.1:9/")));
        assertThat(resolver.resolve(map, Optional.of(HOTORGET))).isEqualTo(map);
    }

    @Test
    void withoutFileAndWithoutBoxSaysWhatToDo() {
        var resolver = new OsmExtractResolver(new OverpassExtractDownloader(URI.create("http://127.0.0.1:9/")));
        assertThatThrownBy(() -> resolver.resolve(dir.resolve("missing.osm.pbf"), Optional.empty()))
                .isInstanceOf(MapUnavailableException.class)
                .hasMessageContaining("navigation.map.osm-file")
                .hasMessageContaining("navigation.map.fetch-bbox");
    }

    @Test
    void offlineFailsWithOneClearMessageAndLeavesNothingBehind() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var resolver = new OsmExtractResolver(
                new OverpassExtractDownloader(URI.create("http://127.0.0.1:" + closedPort + "/api")));
        assertThatThrownBy(() -> resolver.resolve(dir.resolve("city.osm.pbf"), Optional.of(HOTORGET)))
                .isInstanceOf(MapUnavailableException.class)
                .hasMessageContaining("cannot be reached");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void downloadsTheBoxFromAnOverpassServer() throws IOException {
        AtomicReference<String> receivedQuery = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/interpreter", exchange -> {
            receivedQuery.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "<osm version=\"0.6\"></osm>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/interpreter");
            var resolver = new OsmExtractResolver(new OverpassExtractDownloader(endpoint));
            Path map = resolver.resolve(dir.resolve("city.osm.pbf"), Optional.of(HOTORGET));
            assertThat(map.getFileName()).hasToString("city.osm");
            assertThat(Files.readString(map)).startsWith("<osm");
            assertThat(java.net.URLDecoder.decode(receivedQuery.get(), StandardCharsets.UTF_8))
                    .contains("way[\"highway\"](59.334000,18.060000,59.337000,18.066000)");
            // a second start finds the fetched file and does not download again
            server.stop(0);
            assertThat(resolver.resolve(dir.resolve("city.osm.pbf"), Optional.of(HOTORGET)))
                    .isEqualTo(map);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void boundingBoxValidation() {
        assertThatThrownBy(() -> BoundingBox.parseWestSouthEastNorth("18.1,59.3,18.0,59.4"))
                .hasMessageContaining("west < east");
        assertThatThrownBy(() -> BoundingBox.parseWestSouthEastNorth("a,b,c,d")).hasMessageContaining("four numbers");
    }
}
