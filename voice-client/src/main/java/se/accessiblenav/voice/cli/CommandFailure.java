package se.accessiblenav.voice.cli;

/** A command cannot go on: a message for the person, and the exit code that says why. */
final class CommandFailure extends RuntimeException {
    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
