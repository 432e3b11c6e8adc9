package se.accessiblenav.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A right password is checked by BCrypt once per few minutes; a wrong one every time. */
class RememberingPasswordEncoderTest {
    private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder counted = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"));

    @Test
    void rememberedOnlyWhenRightAndOnlyForAFewMinutes() {
        RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(counted, clock);
        String hash = bcrypt.encode("right-password");

        for (int i = 0; i < 5; i++)
            assertThat(encoder.matches("wrong-password", hash)).isFalse();
        assertThat(checks.get()).as("every wrong password is checked").isEqualTo(5);

        for (int i = 0; i < 5; i++)
            assertThat(encoder.matches("right-password", hash)).isTrue();
        assertThat(checks.get()).as("the right one once").isEqualTo(6);
        assertThat(encoder.matches("right-password", bcrypt.encode("another")))
                .as("another account's hash")
                .isFalse();

        clock.advance(RememberingPasswordEncoder.REMEMBER.plusSeconds(1));
        assertThat(encoder.matches("right-password", hash)).isTrue();
        assertThat(checks.get()).as("checked again after the time").isEqualTo(8);
    }
}
