package se.accessiblenav.server.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt on every request costs about 70 ms of CPU by design: a planner's page sends its password with
 * every call, and a planner editing every second cost the routing a tenth of a core. A password that was
 * checked right is remembered for a few minutes, as a SHA-256 of the password and the stored hash (never
 * the password itself), so the next calls cost a hash lookup. Wrong passwords are never remembered: each
 * goes through BCrypt and the login throttle.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {
    static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 1_000;

    private final PasswordEncoder delegate;
    private final Clock clock;
    private final Map<String, Long> rememberedUntil = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    RememberingPasswordEncoder(PasswordEncoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) return delegate.matches(rawPassword, encodedPassword);
        String key = fingerprint(rawPassword, encodedPassword);
        long now = clock.millis();
        synchronized (rememberedUntil) {
            Long until = rememberedUntil.get(key);
            if (until != null && until > now) return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches)
            synchronized (rememberedUntil) {
                rememberedUntil.put(key, now + REMEMBER.toMillis());
            }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String fingerprint(CharSequence raw, String encoded) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(raw.toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(encoded.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
