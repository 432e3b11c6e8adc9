package se.accessiblenav.server.help;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call for help: who calls, where the walker is (every position sent since, in words too), the route
 * being walked, who has seen the call, and how each message to each contact went. Kept in memory until it
 * expires; every method is safe to call from the web threads and the delivery thread at once.
 */
final class HelpCall {
    /** A position of the walker. */
    record Position(double lat, double lon, double accuracyMeters, Instant time, String words) {}

    /** Someone who has seen the call, on its share page. */
    record Seen(String name, Instant time) {}

    /** How the message to one contact over one channel went. */
    record Delivery(String contact, String channel, String state, int attempts, String error, Instant time) {
        static final String PENDING = "pending";
        static final String SENT = "sent";
        static final String RETRYING = "retrying";
        static final String FAILED = "failed";
    }

    private final String id;
    private final String shareToken;
    private final String updateKey;
    private final String walker;
    private final String language;
    private final Instant created;
    private final Instant expires;
    private final List<double[]> route;
    private final List<Position> positions = new ArrayList<>();
    private final List<Seen> seen = new ArrayList<>();
    private final Map<String, Delivery> deliveries = new LinkedHashMap<>();
    private boolean cancelled;

    HelpCall(
            String id,
            String shareToken,
            String updateKey,
            String walker,
            String language,
            Instant created,
            Instant expires,
            Position first,
            List<double[]> route) {
        this.id = Objects.requireNonNull(id);
        this.shareToken = Objects.requireNonNull(shareToken);
        this.updateKey = Objects.requireNonNull(updateKey);
        this.walker = walker;
        this.language = language;
        this.created = created;
        this.expires = expires;
        this.route = List.copyOf(route);
        positions.add(first);
    }

    String id() {
        return id;
    }

    String shareToken() {
        return shareToken;
    }

    boolean opensWith(String key) {
        return key != null && java.security.MessageDigest.isEqual(key.getBytes(), updateKey.getBytes());
    }

    String updateKey() {
        return updateKey;
    }

    String walker() {
        return walker;
    }

    String language() {
        return language;
    }

    Instant created() {
        return created;
    }

    Instant expires() {
        return expires;
    }

    List<double[]> route() {
        return route;
    }

    synchronized void moveTo(Position position) {
        positions.add(position);
    }

    synchronized Position latest() {
        return positions.get(positions.size() - 1);
    }

    synchronized List<Position> positions() {
        return List.copyOf(positions);
    }

    synchronized void seenBy(String name, Instant time) {
        seen.add(new Seen(name, time));
    }

    synchronized List<Seen> seen() {
        return List.copyOf(seen);
    }

    synchronized void delivery(Delivery delivery) {
        deliveries.put(delivery.contact() + "/" + delivery.channel(), delivery);
    }

    synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries.values());
    }

    synchronized void cancel() {
        cancelled = true;
    }

    synchronized boolean cancelled() {
        return cancelled;
    }

    /** Whether the call still asks for help: neither cancelled, seen, nor expired. */
    synchronized boolean open(Instant now) {
        return !cancelled && seen.isEmpty() && now.isBefore(expires);
    }
}
