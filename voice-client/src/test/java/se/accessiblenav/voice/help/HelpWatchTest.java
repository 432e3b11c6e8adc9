package se.accessiblenav.voice.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.accessiblenav.voice.api.HelpCall;
import se.accessiblenav.voice.api.HelpStatus;

class HelpWatchTest {
    private static HelpStatus status(List<String> seen, HelpStatus.Delivery... deliveries) {
        return new HelpStatus(seen.isEmpty(), false, seen, List.of(deliveries));
    }

    private static HelpStatus.Delivery d(String contact, String channel, String state) {
        return new HelpStatus.Delivery(contact, channel, state, "");
    }

    @Test
    void eachContactReachedOrNotAndWhoHasSeenItIsSaidOnce() {
        HelpWatch watch = new HelpWatch("en");
        HelpCall call =
                new HelpCall("id", "key", "http://x/share/t", "You are on Kungsgatan.", List.of("Anna", "Larm", "Old"));
        assertThat(watch.called(call)).isEqualTo("Help is called. You are on Kungsgatan. Telling Anna, Larm and Old.");

        assertThat(watch.news(status(List.of(), d("Anna", "e-mail", "pending"), d("Old", "webhook", "pending"))))
                .isEmpty();
        assertThat(watch.news(status(List.of(), d("Anna", "e-mail", "sent"), d("Old", "webhook", "retrying"))))
                .containsExactly("Anna has your call by e-mail.", "Cannot reach Old by webhook yet. Trying again.");
        // nothing new: nothing said; a second retry is not said again
        assertThat(watch.news(status(List.of(), d("Anna", "e-mail", "sent"), d("Old", "webhook", "retrying"))))
                .isEmpty();
        assertThat(watch.news(status(List.of("Anna"), d("Anna", "e-mail", "sent"), d("Old", "webhook", "failed"))))
                .containsExactly("Could not reach Old by webhook.", "Anna has seen your call.");
        assertThat(HelpWatch.answered(status(List.of("Anna")))).isTrue();
        assertThat(watch.news(status(List.of("Anna", "Larm")))).containsExactly("Larm has seen your call.");
    }

    @Test
    void swedish() {
        HelpWatch watch = new HelpWatch("sv");
        HelpCall call = new HelpCall("id", "key", "u", "Du är på Kungsgatan.", List.of("Anna"));
        assertThat(watch.called(call)).isEqualTo("Hjälp är larmad. Du är på Kungsgatan. Meddelar Anna.");
        assertThat(watch.news(status(List.of("Anna"), d("Anna", "e-mail", "sent"))))
                .containsExactly("Anna har fått ditt larm via e-post.", "Anna har sett ditt larm.");
        assertThat(new HelpWatch("sv").called(new HelpCall("i", "k", "u", "Du är här.", List.of())))
                .isEqualTo("Hjälp är larmad. Du är här. Ingen kontakt är inställd på servern.");
    }
}
