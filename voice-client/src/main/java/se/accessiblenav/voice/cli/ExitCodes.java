package se.accessiblenav.voice.cli;

/** What the exit code of a command means (also in {@code --help}). */
public final class ExitCodes {
    /** Arrived, said, or answered. */
    public static final int OK = 0;
    /** The walk ended before arrival: the positions ended or the walker quit. */
    public static final int NOT_ARRIVED = 1;
    /** Wrong options (picocli's own code). */
    public static final int USAGE = 2;
    /** The navigation server cannot be reached, or failed. */
    public static final int SERVER_UNREACHABLE = 3;
    /** The server refused: no route, a position outside the map, an unknown profile. */
    public static final int SERVER_REFUSED = 4;
    /** The position source cannot be opened or read, or gave no fix in time. */
    public static final int NO_POSITION = 5;
    /** No voice: the chosen speech backend cannot speak. */
    public static final int SPEECH_FAILED = 6;

    static final String HELP = "%nExit codes: 0 arrived/done, 1 walk ended before arrival, 2 wrong options,"
            + " 3 server unreachable, 4 server refused, 5 no position, 6 speech failed.";

    private ExitCodes() {}
}
