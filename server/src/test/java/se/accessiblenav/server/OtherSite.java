package se.accessiblenav.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Another web site (its own port, so its own origin) serving other people's client pages: test pages from
 * {@code other-site/}, npm packages from {@code node_modules}, and GraphHopper Maps' files with a
 * {@code config.js} that routes on the server under test.
 */
public final class OtherSite implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "png", "image/png",
            "svg", "image/svg+xml",
            "ttf", "font/ttf");

    private final HttpServer server;
    private final Path nodeModules;

    public OtherSite(Path nodeModules) throws IOException {
        this.nodeModules = nodeModules;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    /** The site's origin: 127.0.0.1 and a port of its own, never the server's localhost. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = read(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String extension = path.endsWith("/") ? "html" : path.substring(path.lastIndexOf('.') + 1);
            exchange.getResponseHeaders()
                    .set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private byte[] read(String path) throws IOException {
        if (path.contains("..")) return null;
        if (path.startsWith("/node_modules/")) {
            Path file = nodeModules.resolve(path.substring("/node_modules/".length()));
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        }
        String resource;
        if (path.equals("/maps/config.js")) resource = "/other-site/maps-config.js";
        else if (path.startsWith("/maps/"))
            resource = "/com/graphhopper/maps/" + (path.equals("/maps/") ? "index.html" : path.substring(6));
        else resource = "/other-site" + path;
        try (InputStream in = OtherSite.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
