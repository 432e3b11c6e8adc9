package se.accessiblenav.server.system;

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
 */
@ConfigurationProperties("navigation.security")
public record PlannerAccessProperties(String mode, List<User> users, String jwtRolesClaim) {
    public PlannerAccessProperties {
        mode = mode == null || mode.isBlank() ? "users" : mode.trim().toLowerCase(Locale.ROOT);
        users = users == null ? List.of() : List.copyOf(users);
        jwtRolesClaim = jwtRolesClaim == null || jwtRolesClaim.isBlank() ? "roles" : jwtRolesClaim;
        if (!mode.equals("users") && !mode.equals("jwt"))
            throw new IllegalArgumentException("navigation.security.mode must be 'users' or 'jwt', not '" + mode + "'");
    }

    public boolean jwt() {
        return mode.equals("jwt");
    }

    /** @param passwordHash e.g. {@code {bcrypt}$2a$10$...} */
    public record User(String name, String passwordHash) {}
}
