package se.accessiblenav.voice.api;

/** The server answered but refused the request (a 4xx problem): no route from here, a position outside the map... */
public class ServerRefusedException extends Exception {
    private final int status;

    public ServerRefusedException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
