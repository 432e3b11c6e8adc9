package se.accessiblenav.voice.session;

import java.util.Locale;
import java.util.Optional;

/** What a walker can say (type) while walking, in English or Swedish. */
public enum WalkerCommand {
    REPEAT("repeat", "upprepa", "r"),
    WHERE("where", "var", "w"),
    AROUND("around", "runt", "a"),
    NEXT("next", "nästa", "n"),
    PAUSE("pause", "paus", "p"),
    RESUME("resume", "fortsätt", "c"),
    MORE("more", "mer", "+"),
    LESS("less", "mindre", "-"),
    QUIT("quit", "avsluta", "q"),
    /** Call for help: the walker's contacts get the position (and the route); "!" is the key for it. */
    CALL_FOR_HELP("sos", "larma", "!"),
    /** Cancel the call for help. */
    CANCEL_CALL("cancel", "avbryt", "x"),
    HELP("help", "hjälp", "?");

    private final String english;
    private final String swedish;
    private final String key;

    WalkerCommand(String english, String swedish, String key) {
        this.english = english;
        this.swedish = swedish;
        this.key = key;
    }

    public static Optional<WalkerCommand> parse(String line) {
        String word = line.trim().toLowerCase(Locale.ROOT);
        if (word.isEmpty()) return Optional.empty();
        for (WalkerCommand c : values())
            if (word.equals(c.english) || word.equals(c.swedish) || word.equals(c.key)) return Optional.of(c);
        return Optional.of(HELP);
    }
}
