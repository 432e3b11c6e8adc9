package se.accessiblenav.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses a planner's change sent by a page of another web site. A browser that once logged a planner in
 * with HTTP Basic adds the remembered password to any request to this server, also to a form another site
 * posts; such a request would change obstacles in the planner's name (cross-site request forgery). Browsers
 * say where a request comes from ({@code Sec-Fetch-Site}, {@code Origin}), and pages cannot forge either;
 * programs that are not browsers send neither and are let through (their credentials are explicit).
 */
final class CrossSiteWriteGuard extends OncePerRequestFilter {
    private static final Set<String> SAFE_FETCH_SITES = Set.of("same-origin", "none");

    private final PlannerAccessProperties access;
    private final HandlerExceptionResolver problems;

    CrossSiteWriteGuard(PlannerAccessProperties access, HandlerExceptionResolver problems) {
        this.access = access;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isCrossSite(request)) {
            problems.resolveException(
                    request,
                    response,
                    null,
                    new ClientProblemException(
                            403,
                            "Changes to obstacles can only be sent from this server's own planner page or from a"
                                    + " program, not from a page of another web site. An operator can trust other"
                                    + " sites with navigation.security.trusted-origins.",
                            "Forbidden",
                            Map.of()));
            return;
        }
        chain.doFilter(request, response);
    }

    boolean isCrossSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (access.isTrustedOrigin(origin)) return false;
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null)
            return !SAFE_FETCH_SITES.contains(fetchSite.trim().toLowerCase(Locale.ROOT));
        if (origin == null) return false;
        return !sameAuthority(origin, request.getHeader("Host"));
    }

    private static boolean sameAuthority(String origin, String host) {
        if (host == null || origin.equals("null")) return false;
        try {
            URI uri = URI.create(origin.trim());
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
