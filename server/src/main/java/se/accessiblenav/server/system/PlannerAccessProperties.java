package se.accessiblenav.server.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may change obstacles (reads are public).
 *
 * @param mode {@code users}: planner accounts below, HTTP Basic (the default, no identity provider
 *     needed); {@code jwt}: bearer tokens from the city's identity provider, checked with {@code
 *     spring.security.oauth2.resourceserver.jwt.*}
 * @param users planner accounts: name and a BCrypt hash ({@code {bcrypt}$2a$...}, see {@code
 *     bin/hash-password}); never a plain password
 * @param jwtRolesClaim the token claim that lists roles; a token whose list has {@code planner} may
 *     write (so may one with the scope {@code obstacles:write})
 * @param trustedOrigins other web origins (e.g. {@code https://planning.example.org}) whose pages may send
 *     planners' changes; the server's own pages and programs that are not browsers always may
 * @param maxFailedLogins wrong passwords for one account (five times as many from one address) before its
 *     logins are refused with 429 for the rest of the window (default 10)
 * @param failedLoginWindow how long a wrong password counts (default 5 minutes)
 */
@ConfigurationProperties("navigation.security")
public record PlannerAccessProperties(
        String mode,
        List<User> users,
        String jwtRolesClaim,
        List<String> trustedOrigins,
        int maxFailedLogins,
        Duration failedLoginWindow) {
    public PlannerAccessProperties {
        // written as browsers send them in Origin: lower case, no trailing slash
        trustedOrigins = trustedOrigins == null
                ? List.of()
                : trustedOrigins.stream()
                        .map(o -> o.trim().toLowerCase(Locale.ROOT).replaceAll("/+$", ""))
                        .toList();
        maxFailedLogins = maxFailedLogins <= 0 ? 10 : maxFailedLogins;
        failedLoginWindow = failedLoginWindow == null || failedLoginWindow.isNegative() || failedLoginWindow.isZero()
                ? Duration.ofMinutes(5)
                : failedLoginWindow;
        mode = mode == null || mode.isBlank() ? "users" : mode.trim().toLowerCase(Locale.ROOT);
        users = users == null ? List.of() : List.copyOf(users);
        jwtRolesClaim = jwtRolesClaim == null || jwtRolesClaim.isBlank() ? "roles" : jwtRolesClaim;
        if (!mode.equals("users") && !mode.equals("jwt"))
            throw new IllegalArgumentException("navigation.security.mode must be 'users' or 'jwt', not '" + mode + "'");
    }

    /** Whether a request's {@code Origin} header names a site the operator trusts with planners' changes. */
    public boolean isTrustedOrigin(String origin) {
        return origin != null && trustedOrigins.contains(origin.trim().toLowerCase(Locale.ROOT));
    }

    public boolean jwt() {
        return mode.equals("jwt");
    }

    /** @param passwordHash e.g. {@code {bcrypt}$2a$10$...} */
    public record User(String name, String passwordHash) {}
}
