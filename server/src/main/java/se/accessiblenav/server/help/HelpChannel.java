package se.accessiblenav.server.help;

import se.accessiblenav.server.system.NavigationProperties;

/** One way of reaching a contact. */
interface HelpChannel {
    /** The channel's name, as the walker hears it ("e-mail", "webhook"). */
    String name();

    /** Whether this contact can be reached this way at all. */
    boolean reaches(NavigationProperties.Contact contact);

    /**
     * Sends the message; an exception is a failed attempt (tried again later), a {@link NotSetUp} a failure no
     * retry will mend.
     */
    void send(NavigationProperties.Contact contact, HelpMessage message) throws Exception;

    /** The server is not set up for this channel. */
    final class NotSetUp extends Exception {
        NotSetUp(String message) {
            super(message);
        }
    }
}
