package se.accessiblenav.voice.cli;

import se.accessiblenav.voice.api.NavigationApi;
import se.accessiblenav.voice.api.Route;
import se.accessiblenav.voice.api.RouteRequest;
import se.accessiblenav.voice.api.ServerRefusedException;
import se.accessiblenav.voice.api.ServerUnreachableException;

/** The first route of a walk, or a clear failure with its exit code. */
final class Routes {
    private Routes() {}

    static Route first(NavigationApi api, RouteRequest request) {
        try {
            return api.route(request);
        } catch (ServerUnreachableException e) {
            throw new CommandFailure(
                    ExitCodes.SERVER_UNREACHABLE,
                    e.getMessage() + ". Start the server (./run) or give its address with --server.");
        } catch (ServerRefusedException e) {
            throw new CommandFailure(ExitCodes.SERVER_REFUSED, "No route: " + e.getMessage());
        }
    }
}
