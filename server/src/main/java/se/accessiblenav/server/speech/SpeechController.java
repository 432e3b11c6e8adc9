package se.accessiblenav.server.speech;

import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Spoken audio for clients that have no voice of their own (the kiosk page plays it). */
@RestController
class SpeechController {
    static final MediaType WAV = MediaType.parseMediaType("audio/wav");
    private final SpeechService speech;

    SpeechController(SpeechService speech) {
        this.speech = speech;
    }

    /** The text spoken as WAV; the same text always gives the same audio, so browsers may keep it. */
    @GetMapping("/speech")
    ResponseEntity<byte[]> speak(
            @RequestParam(required = false) String text, @RequestParam(required = false) String lang) {
        SpeechService.Speech spoken = speech.speak(text, lang);
        return ResponseEntity.ok()
                .contentType(WAV)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .header("Content-Language", spoken.language())
                .header("X-Speech-Voice", spoken.voice())
                .body(spoken.wav());
    }

    /** Which voice speaks each language. */
    @GetMapping("/speech/voices")
    Map<String, String> voices() {
        return speech.voices();
    }
}
