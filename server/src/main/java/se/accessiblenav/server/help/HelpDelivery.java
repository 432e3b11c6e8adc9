package se.accessiblenav.server.help;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.accessiblenav.server.system.NavigationProperties;

/**
 * Sends a call's messages to every contact over every channel that reaches them, on a thread of its own:
 * a failed attempt is tried again after each of {@code navigation.help.retry-delays}, and each step is
 * recorded on the call, so the walker hears of a message that could not be delivered.
 */
@Component
class HelpDelivery implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HelpDelivery.class);

    private final List<NavigationProperties.Contact> contacts;
    private final List<HelpChannel> channels;
    private final List<Duration> retryDelays;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "help-delivery");
        thread.setDaemon(true);
        return thread;
    });

    @org.springframework.beans.factory.annotation.Autowired
    HelpDelivery(NavigationProperties properties, List<HelpChannel> channels) {
        this(properties.help().contacts(), channels, properties.help().retryDelays(), Clock.systemUTC());
    }

    HelpDelivery(
            List<NavigationProperties.Contact> contacts,
            List<HelpChannel> channels,
            List<Duration> retryDelays,
            Clock clock) {
        this.contacts = contacts;
        this.channels = channels;
        this.retryDelays = retryDelays;
        this.clock = clock;
    }

    List<NavigationProperties.Contact> contacts() {
        return contacts;
    }

    /** A new call, or its cancellation: to every contact, over every channel that reaches them. */
    void toEveryone(HelpCall call, HelpMessage message) {
        for (NavigationProperties.Contact contact : contacts)
            for (HelpChannel channel : channels)
                if (channel.reaches(contact)) executor.execute(() -> attempt(call, contact, channel, message, 1));
    }

    /** A new position: to the webhooks only (an alarm centre follows the walker; an inbox would fill up). */
    void positionUpdate(HelpCall call, HelpMessage message) {
        for (NavigationProperties.Contact contact : contacts)
            for (HelpChannel channel : channels)
                if (channel instanceof WebhookChannel && channel.reaches(contact))
                    executor.execute(() -> {
                        try {
                            channel.send(contact, message);
                        } catch (Exception e) {
                            LOG.debug("Position update to {} failed: {}", contact.name(), e.getMessage());
                        }
                    });
    }

    private void attempt(
            HelpCall call,
            NavigationProperties.Contact contact,
            HelpChannel channel,
            HelpMessage message,
            int attempt) {
        boolean firstMessage = message.event().equals("help");
        try {
            channel.send(contact, message);
            if (firstMessage) record(call, contact, channel, HelpCall.Delivery.SENT, attempt, null);
            LOG.info("Call {}: {} to {} delivered ({} attempt(s))", call.id(), channel.name(), contact.name(), attempt);
        } catch (HelpChannel.NotSetUp e) {
            if (firstMessage) record(call, contact, channel, HelpCall.Delivery.FAILED, attempt, e.getMessage());
            LOG.warn("Call {}: cannot send {} to {}: {}", call.id(), channel.name(), contact.name(), e.getMessage());
        } catch (Exception e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            boolean again = attempt <= retryDelays.size() && !call.cancelled();
            if (firstMessage)
                record(
                        call,
                        contact,
                        channel,
                        again ? HelpCall.Delivery.RETRYING : HelpCall.Delivery.FAILED,
                        attempt,
                        error);
            LOG.warn(
                    "Call {}: {} to {} failed (attempt {}): {}{}",
                    call.id(),
                    channel.name(),
                    contact.name(),
                    attempt,
                    error,
                    again ? "; trying again" : "");
            if (again)
                executor.schedule(
                        () -> attempt(call, contact, channel, message, attempt + 1),
                        retryDelays.get(attempt - 1).toMillis(),
                        TimeUnit.MILLISECONDS);
        }
    }

    private void record(
            HelpCall call,
            NavigationProperties.Contact contact,
            HelpChannel channel,
            String state,
            int attempts,
            String error) {
        call.delivery(new HelpCall.Delivery(contact.name(), channel.name(), state, attempts, error, clock.instant()));
    }

    /** Records every first message as pending before it is sent, so the walker's status lists them all at once. */
    void pending(HelpCall call) {
        for (NavigationProperties.Contact contact : contacts)
            for (HelpChannel channel : channels)
                if (channel.reaches(contact)) record(call, contact, channel, HelpCall.Delivery.PENDING, 0, null);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
