package se.accessiblenav.server.system;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.CorsFilter;

/**
 * Browser pages on other web sites (GraphHopper Maps, Leaflet Routing Machine, the JS client) may use the
 * public API, as with GraphHopper's own server ({@code Access-Control-Allow-Origin: *}): routes, the map's
 * info, where-am-I, speech, and reading obstacles, never with credentials. Only the sites an operator trusts
 * ({@code navigation.security.trusted-origins}) may send planners' changes from their pages, with
 * credentials; {@link CrossSiteWriteGuard} refuses everyone else's whatever a browser does. A refused
 * cross-origin request gets a problem document like every other refusal.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CrossOriginReads extends CorsFilter {
    private static final Set<String> PUBLIC = Set.of(
            "/route",
            "/route-pt",
            "/nearest",
            "/isochrone",
            "/info",
            "/i18n",
            "/health",
            "/profiles",
            "/whereami",
            "/around",
            "/speech",
            "/speech/voices",
            "/network");

    CrossOriginReads(
            @Value("${navigation.cors.allowed-origins:*}") List<String> origins, PlannerAccessProperties access) {
        super(request -> configurationFor(request, origins, access));
        setCorsProcessor(new ProblemCorsProcessor());
    }

    private static CorsConfiguration configurationFor(
            HttpServletRequest request, List<String> origins, PlannerAccessProperties access) {
        String path = request.getRequestURI();
        String origin = request.getHeader("Origin");
        boolean trusted = access.isTrustedOrigin(origin);
        boolean obstacles = path.equals("/obstacles") || path.startsWith("/obstacles/");
        if (trusted && (obstacles || path.startsWith("/planner/"))) {
            CorsConfiguration planners = new CorsConfiguration();
            planners.setAllowedOrigins(access.trustedOrigins());
            planners.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE"));
            planners.setAllowedHeaders(List.of("*"));
            planners.setExposedHeaders(List.of("ETag", "Location"));
            planners.setAllowCredentials(true);
            return planners;
        }
        boolean publicPath = PUBLIC.contains(path) || path.startsWith("/i18n/");
        if (!publicPath && !(obstacles && !path.startsWith("/obstacles/audit"))) return null;
        CorsConfiguration reads = new CorsConfiguration();
        reads.setAllowedOriginPatterns(origins);
        reads.setAllowedMethods(obstacles ? List.of("GET", "HEAD") : List.of("GET", "HEAD", "POST"));
        reads.setAllowedHeaders(List.of("*"));
        reads.setAllowCredentials(false);
        reads.setMaxAge(3600L);
        return reads;
    }

    /** Spring's refusal, as a problem document. */
    private static final class ProblemCorsProcessor extends DefaultCorsProcessor {
        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            String message = "This web site may not send this request to the navigation server (CORS). Reading is"
                    + " open to every site; planners' changes only to sites the operator trusts.";
            response.setStatusCode(org.springframework.http.HttpStatus.FORBIDDEN);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            response.getBody()
                    .write(("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"" + message
                                    + "\",\"message\":\"" + message + "\",\"hints\":[{\"message\":\"" + message
                                    + "\",\"details\":\"Forbidden\"}]}")
                            .getBytes(StandardCharsets.UTF_8));
            response.flush();
        }
    }
}
