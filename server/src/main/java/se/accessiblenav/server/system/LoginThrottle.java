package se.accessiblenav.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Slows down password guessing: after {@code maxFailures} refused logins within the window for one account
 * name, or five times as many from one client address (one guesser trying many names, without locking out
 * the colleagues behind the same office address at the first typos), further logins for that name (or from
 * there) are answered {@code 429} with {@code Retry-After} and cost nothing: no password hash is checked. Runs before the
 * authentication filters and only on the requests that need a planner ({@link PlannerRequests}).
 */
final class LoginThrottle extends OncePerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    /** Most addresses and names remembered; the oldest are forgotten first. */
    private static final int MAX_KEYS = 100_000;
    /** An address may fail this many times more often than one account. */
    static final int ADDRESS_FACTOR = 5;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final HandlerExceptionResolver problems;
    private final Map<String, ArrayDeque<Long>> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ArrayDeque<Long>> eldest) {
            return size() > MAX_KEYS;
        }
    };

    LoginThrottle(int maxFailures, Duration window, Clock clock, HandlerExceptionResolver problems) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = "address " + request.getRemoteAddr();
        String account = accountName(authorization);
        long waitSeconds = Math.max(secondsUntilAllowed(address), account == null ? 0 : secondsUntilAllowed(account));
        if (waitSeconds > 0) {
            response.setHeader("Retry-After", Long.toString(waitSeconds));
            problems.resolveException(
                    request,
                    response,
                    null,
                    new ClientProblemException(
                            429,
                            "Too many wrong passwords; logins from here are paused. Try again in " + waitSeconds
                                    + " seconds.",
                            "TooManyRequests",
                            Map.of("retry_after_seconds", waitSeconds)));
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            recordFailure(address);
            if (account != null) recordFailure(account);
        }
    }

    /** The name in a Basic header, without checking its password; null for other kinds of credentials. */
    private static String accountName(String authorization) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) return null;
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String name = colon < 0 ? decoded : decoded.substring(0, colon);
            return "account " + name.substring(0, Math.min(name.length(), 200)).replaceAll("\\p{Cntrl}", "?");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private synchronized long secondsUntilAllowed(String key) {
        ArrayDeque<Long> times = failures.get(key);
        if (times == null) return 0;
        long now = clock.millis();
        while (!times.isEmpty() && times.peekFirst() <= now - window.toMillis()) times.pollFirst();
        if (times.isEmpty()) failures.remove(key);
        if (times.size() < limit(key)) return 0;
        return Math.max(1, (times.peekFirst() + window.toMillis() - now + 999) / 1000);
    }

    private int limit(String key) {
        return key.startsWith("address ") ? maxFailures * ADDRESS_FACTOR : maxFailures;
    }

    private synchronized void recordFailure(String key) {
        ArrayDeque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        times.addLast(clock.millis());
        while (times.size() > limit(key)) times.pollFirst();
        if (times.size() == limit(key))
            LOG.warn("{} wrong planner logins for {}: paused for {}", limit(key), key, window);
    }
}
