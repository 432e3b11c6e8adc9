package se.accessiblenav.voice.api;

import java.util.List;

/**
 * A call for help as the server has it now.
 *
 * @param open still asking: not seen, cancelled or expired
 * @param seenBy who has seen the call, first first
 * @param deliveries how each message to each contact went
 */
public record HelpStatus(boolean open, boolean cancelled, List<String> seenBy, List<Delivery> deliveries) {
    public HelpStatus {
        seenBy = List.copyOf(seenBy);
        deliveries = List.copyOf(deliveries);
    }

    /** One message: {@code state} is pending, retrying, sent or failed. */
    public record Delivery(String contact, String channel, String state, String error) {}
}
