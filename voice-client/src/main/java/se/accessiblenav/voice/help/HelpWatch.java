package se.accessiblenav.voice.help;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.accessiblenav.voice.api.HelpCall;
import se.accessiblenav.voice.api.HelpStatus;

/**
 * What the walker hears while a call for help is out: that it was made and where they are, each contact
 * reached (or not: a message that fails is never silent), and who has seen it. Fed the call's status as
 * it changes; says each thing once. No network, no clock.
 */
public final class HelpWatch {
    private final boolean swedish;
    private final Map<String, String> heard = new HashMap<>();
    private int seenSaid;

    /** @param language {@code en} or {@code sv} */
    public HelpWatch(String language) {
        this.swedish = "sv".equals(language);
    }

    public String calling() {
        return swedish ? "Larmar om hjälp." : "Calling for help.";
    }

    public String called(HelpCall call) {
        String who = call.contacts().isEmpty()
                ? (swedish ? "Ingen kontakt är inställd på servern." : "No contact is set up on the server.")
                : (swedish ? "Meddelar " : "Telling ") + names(call.contacts()) + ".";
        // the server's words speak to the walker: "You are on Kungsgatan, 20 metres from the corner of ..."
        return (swedish ? "Hjälp är larmad. " : "Help is called. ")
                + call.words().strip() + " " + who;
    }

    /** What is new in this status, in the order it should be said. */
    public List<String> news(HelpStatus status) {
        List<String> said = new ArrayList<>();
        for (HelpStatus.Delivery delivery : status.deliveries()) {
            String key = delivery.contact() + "/" + delivery.channel();
            String before = heard.put(key, delivery.state());
            if (delivery.state().equals(before)) continue;
            String channel = channel(delivery.channel());
            switch (delivery.state()) {
                case "sent" ->
                    said.add(
                            swedish
                                    ? delivery.contact() + " har fått ditt larm via " + channel + "."
                                    : delivery.contact() + " has your call by " + channel + ".");
                case "retrying" -> {
                    if (before == null || before.equals("pending"))
                        said.add(
                                swedish
                                        ? "Når inte " + delivery.contact() + " via " + channel + " ännu. Försöker igen."
                                        : "Cannot reach " + delivery.contact() + " by " + channel
                                                + " yet. Trying again.");
                }
                case "failed" ->
                    said.add(
                            swedish
                                    ? "Kunde inte nå " + delivery.contact() + " via " + channel + "."
                                    : "Could not reach " + delivery.contact() + " by " + channel + ".");
                default -> {}
            }
        }
        for (int i = seenSaid; i < status.seenBy().size(); i++)
            said.add(
                    swedish
                            ? status.seenBy().get(i) + " har sett ditt larm."
                            : status.seenBy().get(i) + " has seen your call.");
        seenSaid = status.seenBy().size();
        return said;
    }

    /** Whether someone has seen the call: the client stops sending positions then. */
    public static boolean answered(HelpStatus status) {
        return !status.seenBy().isEmpty();
    }

    public String cancelled() {
        return swedish ? "Larmet är avbrutet." : "Call for help cancelled.";
    }

    /** The server no longer has the call (it restarted): it is made again. */
    public String callingAgain() {
        return swedish ? "Servern har tappat larmet. Larmar igen." : "The server lost the call. Calling again.";
    }

    public String unreachable() {
        return swedish
                ? "Servern svarar inte, larmet gick inte fram. Ring efter hjälp."
                : "The server cannot be reached; the call did not go out. Phone for help.";
    }

    public String refused() {
        return swedish
                ? "Servern tog inte emot larmet. Ring efter hjälp."
                : "The server did not take the call. Phone for help.";
    }

    public String unanswered() {
        return swedish
                ? "Ingen har sett ditt larm ännu. Larma igen, eller ring efter hjälp."
                : "No one has seen your call yet. Call again, or phone for help.";
    }

    private String channel(String channel) {
        if (!swedish) return channel;
        return switch (channel) {
            case "e-mail" -> "e-post";
            case "webhook" -> "larmkoppling";
            default -> channel;
        };
    }

    private String names(List<String> names) {
        if (names.size() == 1) return names.get(0);
        String and = swedish ? " och " : " and ";
        return String.join(", ", names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
    }
}
