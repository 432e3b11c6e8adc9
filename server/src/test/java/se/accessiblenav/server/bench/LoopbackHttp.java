package se.accessiblenav.server.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A bare HTTP/1.1 GET client over one kept-alive loopback connection, for load runs: it costs the machine a
 * small fraction of what {@code java.net.http.HttpClient} costs per request, so that the two cores go to the
 * server being measured, as with wrk. Reads the status and skips the body (Content-Length or chunked).
 */
final class LoopbackHttp implements AutoCloseable {
    private final String host;
    private final int port;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    LoopbackHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The status of a GET; a dropped connection is opened again once. */
    int get(String pathAndQuery) throws IOException {
        try {
            return send(pathAndQuery);
        } catch (IOException firstTry) {
            close();
            return send(pathAndQuery);
        }
    }

    private int send(String pathAndQuery) throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        }
        out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String status = line();
        if (status == null || status.length() < 12) throw new IOException("connection closed");
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String header; (header = line()) != null && !header.isEmpty(); ) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:"))
                length = Long.parseLong(lower.substring(15).trim());
            else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
            else if (lower.startsWith("connection:") && lower.contains("close")) closeAfter = true;
        }
        if (chunked)
            for (long size; (size = Long.parseLong(line().trim().split(";")[0], 16)) > 0; ) {
                skip(size);
                line();
            }
        else if (length > 0) skip(length);
        if (chunked) line();
        if (closeAfter) close();
        return code;
    }

    private void skip(long n) throws IOException {
        while (n > 0) {
            long skipped = in.skip(n);
            if (skipped <= 0) {
                if (in.read() < 0) throw new IOException("connection closed in the body");
                skipped = 1;
            }
            n -= skipped;
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0; ) {
            if (c == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') line.setLength(end - 1);
                return line.toString();
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }

    @Override
    public void close() {
        try {
            if (socket != null) socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        socket = null;
    }
}
