package se.accessiblenav.server.system;

/**
 * A client's own text, quoted back in an error message: cut short and with control characters shown as
 * {@code ?}, so that an answer never grows with the input or carries what a terminal would act on.
 */
public final class ClientText {
    /** Longest piece of the client's text an error message repeats. */
    public static final int MAX_QUOTED = 60;

    private ClientText() {}

    public static String quote(String text) {
        if (text == null) return "";
        String cut = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
