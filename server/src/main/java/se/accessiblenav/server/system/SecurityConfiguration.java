package se.accessiblenav.server.system;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
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
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Reads are public; changing obstacles (and reading their audit) needs a planner: an account from
 * configuration over HTTP Basic, or a JWT from the city's identity provider. Two filter chains: the
 * planners' requests ({@link PlannerRequests}) check credentials, behind a guard against other sites'
 * pages ({@link CrossSiteWriteGuard}: a browser adds a remembered Basic password to any request) and a
 * login throttle ({@link LoginThrottle}); every other request is public and never checks a password.
 * Stateless: no session, no cookie. Refusals are problem documents like every other error.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    public static final String PLANNER = "PLANNER";
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);
    /**
     * Pages run only this server's scripts and talk only to it; map tiles may come from a tile server the
     * planner names; nothing may frame the pages.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data: blob: https:; media-src 'self' blob: data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** The kiosk and planner pages use no camera, microphone, payment or sensors. */
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(self), payment=(), usb=(), accelerometer=(), gyroscope=()";

    /**
     * The planners' requests ({@link PlannerRequests}): from a page of this server or a program only, logins
     * throttled, then credentials checked.
     */
    @Bean
    @Order(1)
    SecurityFilterChain plannerChain(
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
        LoginThrottle throttle =
                new LoginThrottle(access.maxFailedLogins(), access.failedLoginWindow(), Clock.systemUTC(), problems);
        http.securityMatcher(new PlannerRequests());
        common(http);
        http.authorizeHttpRequests(auth -> auth.anyRequest().hasRole(PLANNER))
                .exceptionHandling(e -> e.authenticationEntryPoint(notLoggedIn).accessDeniedHandler(notAPlanner))
                .addFilterBefore(new CrossSiteWriteGuard(access, problems), LogoutFilter.class);
        if (access.jwt()) {
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(notLoggedIn)
                    .jwt(j -> j.jwtAuthenticationConverter(new PlannerJwtConverter(access))));
            http.addFilterBefore(throttle, BearerTokenAuthenticationFilter.class);
        } else {
            http.httpBasic(b -> b.authenticationEntryPoint(notLoggedIn));
            http.addFilterBefore(throttle, BasicAuthenticationFilter.class);
        }
        return http.build();
    }

    /** Everything else is public and never looks at credentials: a wrong password costs nothing here. */
    @Bean
    @Order(2)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        common(http);
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    /** Stateless, no cookies to forge requests with, and the browser protections on every answer. */
    private static void common(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        // written before the answer, so that HEAD and empty answers carry them too
                        .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                            @Override
                            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        }));
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
        return new RememberingPasswordEncoder(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), Clock.systemUTC());
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
