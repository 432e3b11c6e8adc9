package se.accessiblenav.server.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The requests only a planner may make: every change to obstacles (any method but a read), reading the
 * audit, and asking who is logged in. {@code HEAD} is a read like {@code GET}: it runs the same handler,
 * so it gets the same rule. Only these requests look at credentials at all.
 */
final class PlannerRequests implements RequestMatcher {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean obstacles = path.equals("/obstacles") || path.startsWith("/obstacles/");
        if (obstacles && !READS.contains(request.getMethod())) return true;
        return isOrUnder(path, "/obstacles/audit") || isOrUnder(path, "/planner/whoami");
    }

    private static boolean isOrUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ";");
    }
}
