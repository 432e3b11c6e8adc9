package se.accessiblenav.voice.api;

import java.util.List;

/** The server's words for "where am I" or "what is around": a sentence, and for "around" one line per place. */
public record PlaceReport(String text, List<String> places) {
    public PlaceReport {
        places = List.copyOf(places);
    }
}
