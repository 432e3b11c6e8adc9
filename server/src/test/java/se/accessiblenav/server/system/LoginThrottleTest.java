package se.accessiblenav.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/** The throttle pauses an account after its wrong passwords, an address after five times as many, for the window. */
class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"));
    private int checkedPasswords;
    private final HandlerExceptionResolver problems = (request, response, handler, ex) -> {
        response.setStatus(((ClientProblemException) ex).status());
        return new ModelAndView();
    };
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(5), clock, problems);

    @Test
    void anAccountIsPausedAfterItsWrongPasswordsUntilTheWindowHasPassed() throws Exception {
        for (int i = 0; i < 3; i++)
            assertThat(login("anna", "wrong", "10.0.0.1")).isEqualTo(401);
        assertThat(login("anna", "right", "10.0.0.1")).isEqualTo(429);
        assertThat(login("anna", "right", "10.0.0.2"))
                .as("the account, from anywhere")
                .isEqualTo(429);
        assertThat(login("bert", "right", "10.0.0.1"))
                .as("another account from there")
                .isEqualTo(200);
        int checked = checkedPasswords;
        login("anna", "right", "10.0.0.3");
        assertThat(checkedPasswords)
                .as("a paused login costs no password check")
                .isEqualTo(checked);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(login("anna", "right", "10.0.0.1")).isEqualTo(200);
    }

    @Test
    void anAddressGuessingManyNamesIsPausedAfterFiveTimesAsMany() throws Exception {
        for (int i = 0; i < 15; i++)
            assertThat(login("name" + i, "wrong", "10.0.0.9")).isEqualTo(401);
        assertThat(login("anna", "right", "10.0.0.9")).isEqualTo(429);
        assertThat(login("anna", "right", "10.0.0.8")).isEqualTo(200);
    }

    private int login(String name, String password, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/planner/whoami");
        request.setRemoteAddr(address);
        request.addHeader(
                "Authorization",
                "Basic "
                        + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(request, response, (req, res) -> {
            checkedPasswords++;
            ((MockHttpServletResponse) res).setStatus(password.equals("right") ? 200 : 401);
        });
        return response.getStatus();
    }
}
