package se.accessiblenav.server.kiosk;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.accessiblenav.server.speech.SpeechService;

/** What the kiosk page plays: its scripted walks, and which languages have a voice of their own. */
@RestController
class KioskController {
    private final KioskWalks walks;
    private final SpeechService speech;

    KioskController(KioskWalks walks, SpeechService speech) {
        this.walks = walks;
        this.speech = speech;
    }

    /** @param ownVoice per language, whether /speech has a voice of that language (else English reads it) */
    record Walks(
            List<KioskWalk> walks,
            @JsonProperty("own_voice") Map<String, Boolean> ownVoice) {}

    @GetMapping("/kiosk/walks")
    Walks walks() {
        return new Walks(walks.list(), Map.of("en", speech.hasOwnVoice("en"), "sv", speech.hasOwnVoice("sv")));
    }
}
