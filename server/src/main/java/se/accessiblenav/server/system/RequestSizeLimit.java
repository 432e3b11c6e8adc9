package se.accessiblenav.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The largest body each endpoint takes, enforced before anything reads it: the obstacle API takes
 * planners' files ({@code navigation.obstacles.max-upload-bytes}), everything else, {@code POST /route}
 * among it, small JSON ({@code navigation.route.max-body-bytes}). A declared length over the limit is
 * refused at once with 413; a body without a declared length is counted while it is read and refused the
 * moment it passes the limit. Four 250 MB anonymous route bodies used to exhaust the heap.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {
    private final long maxUploadBytes;
    private final long maxBodyBytes;
    private final HandlerExceptionResolver problems;

    RequestSizeLimit(
            NavigationProperties properties, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.maxUploadBytes = properties.obstacles().maxUploadBytes();
        this.maxBodyBytes = properties.route().maxBodyBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        boolean obstacles = path.equals("/obstacles") || path.startsWith("/obstacles/");
        long limit = obstacles ? maxUploadBytes : maxBodyBytes;
        String setting = obstacles ? "navigation.obstacles.max-upload-bytes" : "navigation.route.max-body-bytes";
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            // the body is not read; Tomcat drops it and closes the connection
            response.setHeader("Connection", "close");
            problems.resolveException(request, response, null, tooLarge(declared, limit, setting));
            return;
        }
        chain.doFilter(declared < 0 ? new Limited(request, limit, setting) : request, response);
    }

    static ClientProblemException tooLarge(long bytes, long limit, String setting) {
        return new ClientProblemException(
                413,
                "The request body is too large (" + bytes / 1024 + " KiB or more); this endpoint takes at most "
                        + limit / 1024 + " KiB (" + setting + ").",
                "PayloadTooLarge",
                Map.of("max_bytes", limit));
    }

    /** A request whose body stream stops with a 413 problem once it has given more than the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private final String setting;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit, String setting) {
            super(request);
            this.limit = limit;
            this.setting = setting;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new Counting(super.getInputStream(), limit, setting);
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private final String setting;
        private long count;

        Counting(ServletInputStream in, long limit, String setting) {
            this.in = in;
            this.limit = limit;
            this.setting = setting;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) counted(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) counted(n);
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) throw tooLarge(count, limit, setting);
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
