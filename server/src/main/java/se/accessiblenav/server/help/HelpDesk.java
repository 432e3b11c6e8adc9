package se.accessiblenav.server.help;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.server.system.NavigationProperties;
import se.accessiblenav.server.system.ServiceUnavailableException;

/**
 * The calls for help this server holds: a call is made with the walker's position (put into words), sent to
 * the contacts, followed on its share page (found by an unguessable token, until it expires), moved by the
 * walker's updates, seen by a contact, or cancelled by the walker. Only the walker's client, holding the
 * call's update key, may move, cancel or read the state of a call.
 */
@Service
class HelpDesk {
    private static final Logger LOG = LoggerFactory.getLogger(HelpDesk.class);
    /** At most this many calls are held at once; the oldest expired ones go first. */
    static final int MAX_CALLS = 1000;

    private final PedestrianRouter router;
    private final HelpDelivery delivery;
    private final Duration shareFor;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, HelpCall> byId = new ConcurrentHashMap<>();
    private final Map<String, HelpCall> byShareToken = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    HelpDesk(PedestrianRouter router, HelpDelivery delivery, NavigationProperties properties) {
        this(router, delivery, properties.help().shareFor(), Clock.systemUTC());
    }

    HelpDesk(PedestrianRouter router, HelpDelivery delivery, Duration shareFor, Clock clock) {
        this.router = router;
        this.delivery = delivery;
        this.shareFor = shareFor;
        this.clock = clock;
    }

    /** A new call: kept, put into words, and sent to every contact. */
    HelpCall call(
            String walker,
            double lat,
            double lon,
            double accuracyMeters,
            Locale locale,
            List<double[]> route,
            String shareUrlBase) {
        forgetExpired();
        if (byId.size() >= MAX_CALLS)
            throw new ServiceUnavailableException(
                    "This server holds " + MAX_CALLS + " calls for help already and cannot take another now: phone"
                            + " for help.",
                    null);
        Instant now = clock.instant();
        HelpCall call = new HelpCall(
                token(9),
                token(18),
                token(18),
                walker,
                locale.getLanguage(),
                now,
                now.plus(shareFor),
                new HelpCall.Position(lat, lon, accuracyMeters, now, words(lat, lon, accuracyMeters, locale)),
                route);
        byId.put(call.id(), call);
        byShareToken.put(call.shareToken(), call);
        delivery.pending(call);
        delivery.toEveryone(call, HelpMessage.of("help", call, shareUrl(shareUrlBase, call)));
        LOG.info(
                "Call for help {} at {}, {} (to {} contacts)",
                call.id(),
                lat,
                lon,
                delivery.contacts().size());
        return call;
    }

    /** The names of the contacts a call goes to. */
    List<String> contactNames() {
        return delivery.contacts().stream()
                .map(NavigationProperties.Contact::name)
                .toList();
    }

    /** The call, if the key opens it. */
    Optional<HelpCall> opened(String id, String key) {
        HelpCall call = byId.get(id);
        return call != null && call.opensWith(key) && clock.instant().isBefore(call.expires())
                ? Optional.of(call)
                : Optional.empty();
    }

    /** The call whose share page this is, while it lives. */
    Optional<HelpCall> shared(String token) {
        HelpCall call = byShareToken.get(token);
        return call != null && clock.instant().isBefore(call.expires()) ? Optional.of(call) : Optional.empty();
    }

    /** The walker moved: the share page follows, and webhooks are told while the call is open. */
    HelpCall.Position move(HelpCall call, double lat, double lon, double accuracyMeters, String shareUrlBase) {
        Locale locale = Locale.forLanguageTag(call.language());
        HelpCall.Position position = new HelpCall.Position(
                lat, lon, accuracyMeters, clock.instant(), words(lat, lon, accuracyMeters, locale));
        call.moveTo(position);
        if (call.open(clock.instant()))
            delivery.positionUpdate(call, HelpMessage.of("position", call, shareUrl(shareUrlBase, call)));
        return position;
    }

    void cancel(HelpCall call, String shareUrlBase) {
        if (call.cancelled()) return;
        call.cancel();
        delivery.toEveryone(call, HelpMessage.of("cancelled", call, shareUrl(shareUrlBase, call)));
        LOG.info("Call for help {} cancelled by the walker", call.id());
    }

    void seen(HelpCall call, String name) {
        call.seenBy(name, clock.instant());
        LOG.info("Call for help {} seen by {}", call.id(), name);
    }

    static String shareUrl(String base, HelpCall call) {
        return base + "/share/" + call.shareToken();
    }

    private String words(double lat, double lon, double accuracyMeters, Locale locale) {
        try {
            return router.describeLocation(lat, lon, null, accuracyMeters, locale)
                    .fullText();
        } catch (RuntimeException e) {
            LOG.debug("No words for {}, {}: {}", lat, lon, e.getMessage());
            return String.format(Locale.ROOT, "%.6f, %.6f", lat, lon);
        }
    }

    private String token(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        byId.values().removeIf(call -> !now.isBefore(call.expires()));
        byShareToken.values().removeIf(call -> !now.isBefore(call.expires()));
    }
}
