package se.accessiblenav.server.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Reads are public; changing obstacles (and reading their audit) needs a planner: an account from
 * configuration over HTTP Basic, or a JWT from the city's identity provider. Stateless: credentials
 * travel in the Authorization header only, never in a cookie, so there is nothing for a cross-site
 * request to ride on (no CSRF token needed). Refusals are problem documents like every other error.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    public static final String PLANNER = "PLANNER";
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            PlannerAccessProperties access,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems)
            throws Exception {
        // Refusals are answered by ApiProblemHandler, like every other error.
        String challenge = access.jwt() ? "Bearer" : "Basic realm=\"planners\"";
        AuthenticationEntryPoint notLoggedIn = (request, response, ex) -> {
            // A browser page that logs in by itself asks not to get the browser's own login dialog.
            if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With")))
                response.setHeader("WWW-Authenticate", challenge);
            problems.resolveException(request, response, null, ex);
        };
        AccessDeniedHandler notAPlanner =
                (request, response, ex) -> problems.resolveException(request, response, null, ex);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/obstacles/audit")
                        .hasRole(PLANNER)
                        .requestMatchers(HttpMethod.POST, "/obstacles", "/obstacles/**")
                        .hasRole(PLANNER)
                        .requestMatchers(HttpMethod.PUT, "/obstacles/**")
                        .hasRole(PLANNER)
                        .requestMatchers(HttpMethod.DELETE, "/obstacles/**")
                        .hasRole(PLANNER)
                        .requestMatchers(HttpMethod.GET, "/planner/whoami")
                        .hasRole(PLANNER)
                        .anyRequest()
                        .permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(notLoggedIn).accessDeniedHandler(notAPlanner));
        if (access.jwt())
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(notLoggedIn)
                    .jwt(j -> j.jwtAuthenticationConverter(new PlannerJwtConverter(access))));
        else http.httpBasic(b -> b.authenticationEntryPoint(notLoggedIn));
        return http.build();
    }

    @Bean
    UserDetailsService plannerAccounts(PlannerAccessProperties access) {
        List<UserDetails> users = new ArrayList<>();
        for (PlannerAccessProperties.User user : access.users()) {
            if (user.name() == null
                    || user.passwordHash() == null
                    || !user.passwordHash().startsWith("{"))
                throw new IllegalArgumentException("navigation.security.users: each planner needs a name and a"
                        + " password-hash such as {bcrypt}$2a$10$... (make one with bin/hash-password)");
            users.add(User.withUsername(user.name())
                    .password(user.passwordHash())
                    .passwordEncoder(p -> p)
                    .roles(PLANNER)
                    .build());
        }
        if (!access.jwt() && users.isEmpty())
            LOG.warn("No planner accounts configured: obstacles can be read but not changed. Add"
                    + " navigation.security.users[0].name and .password-hash (bin/hash-password).");
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users);
        return manager;
    }

    @Bean
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Roles from a token claim ({@code planner} → ROLE_PLANNER) and scopes; the name from the token. */
    static final class PlannerJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {
        private final String rolesClaim;

        PlannerJwtConverter(PlannerAccessProperties access) {
            this.rolesClaim = access.jwtRolesClaim();
        }

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            List<String> roles = jwt.getClaimAsStringList(rolesClaim);
            if (roles != null)
                for (String role : roles)
                    authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT)));
            String scope = jwt.getClaimAsString("scope");
            if (scope != null && List.of(scope.split(" ")).contains("obstacles:write"))
                authorities.add(new SimpleGrantedAuthority("ROLE_" + PLANNER));
            String name = jwt.getClaimAsString("preferred_username");
            return new JwtAuthenticationToken(jwt, authorities, name != null ? name : jwt.getSubject());
        }
    }
}
