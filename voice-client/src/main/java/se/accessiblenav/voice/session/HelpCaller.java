package se.accessiblenav.voice.session;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.accessiblenav.voice.api.HelpCall;
import se.accessiblenav.voice.api.HelpStatus;
import se.accessiblenav.voice.api.NavigationApi;
import se.accessiblenav.voice.api.ServerRefusedException;
import se.accessiblenav.voice.api.ServerUnreachableException;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.help.HelpWatch;
import se.accessiblenav.voice.position.Fix;

/**
 * A call for help out in the world, on a thread of its own: made from the walker's latest fix, moved with
 * it, read until someone has seen it, the walker cancels, or it is given up; what the walker must hear goes
 * to {@code say}. A call the server no longer knows (it restarted) is made again.
 */
public final class HelpCaller {
    /** How a call ended. */
    public enum Outcome {
        SEEN,
        CANCELLED,
        UNANSWERED,
        SERVER_UNREACHABLE,
        SERVER_REFUSED
    }

    private final NavigationApi api;
    private final String name;
    private final String language;
    private final String deviceToken;
    private final Duration interval;
    private final Consumer<String> say;
    private final HelpWatch watch;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private volatile Thread running;
    private volatile Outcome outcome;
    private volatile String problem = "";
    private volatile String shareUrl = "";

    public HelpCaller(
            NavigationApi api,
            String name,
            String language,
            String deviceToken,
            Duration interval,
            Consumer<String> say) {
        this.api = api;
        this.name = name;
        this.language = language;
        this.deviceToken = deviceToken;
        this.interval = interval;
        this.say = say;
        this.watch = new HelpWatch(language);
    }

    /** Makes the call, unless one is out already. */
    public synchronized void call(Supplier<Fix> position, List<LatLon> route, Duration giveUpAfter) {
        if (running != null && running.isAlive()) return;
        cancel.set(false);
        outcome = null;
        running = new Thread(() -> outcome = run(position, route, giveUpAfter), "help-call");
        running.setDaemon(true);
        running.start();
    }

    /** The walker no longer needs help: the contacts are told. */
    public void cancel() {
        cancel.set(true);
    }

    /** Waits for the call to end; null when it has not within the time. */
    public Outcome await(Duration timeout) throws InterruptedException {
        Thread thread = running;
        if (thread != null) thread.join(timeout.toMillis());
        return outcome;
    }

    /** Why the server could not take the call, when it could not. */
    public String problem() {
        return problem;
    }

    public String shareUrl() {
        return shareUrl;
    }

    /** Stops following the call (it stays out on the server until it expires). */
    public void stop() {
        Thread thread = running;
        if (thread != null) thread.interrupt();
    }

    private Outcome run(Supplier<Fix> position, List<LatLon> route, Duration giveUpAfter) {
        say.accept(watch.calling());
        try {
            Fix first = awaitFix(position);
            if (first == null) {
                problem = "no position";
                return Outcome.SERVER_REFUSED;
            }
            HelpCall call = callFrom(first, route);
            say.accept(watch.called(call));
            long until = System.nanoTime() + giveUpAfter.toNanos();
            Fix sent = first;
            while (System.nanoTime() < until) {
                try {
                    if (cancel.get()) {
                        api.cancelHelp(call);
                        say.accept(watch.cancelled());
                        return Outcome.CANCELLED;
                    }
                    Fix now = position.get();
                    if (now != null && now != sent) {
                        api.moveHelp(call, now.position(), now.accuracyMeters());
                        sent = now;
                    }
                    HelpStatus status = api.helpStatus(call);
                    watch.news(status).forEach(say);
                    if (HelpWatch.answered(status)) return Outcome.SEEN;
                } catch (ServerRefusedException lost) {
                    if (lost.status() != 404) throw lost;
                    say.accept(watch.callingAgain());
                    call = callFrom(sent, route);
                }
                Thread.sleep(interval.toMillis());
            }
            say.accept(watch.unanswered());
            return Outcome.UNANSWERED;
        } catch (ServerUnreachableException e) {
            problem = e.getMessage();
            say.accept(watch.unreachable());
            return Outcome.SERVER_UNREACHABLE;
        } catch (ServerRefusedException e) {
            problem = e.getMessage();
            say.accept(watch.refused());
            return Outcome.SERVER_REFUSED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.UNANSWERED;
        }
    }

    private HelpCall callFrom(Fix fix, List<LatLon> route) throws ServerUnreachableException, ServerRefusedException {
        HelpCall call = api.callForHelp(fix.position(), fix.accuracyMeters(), name, language, route, deviceToken);
        shareUrl = call.shareUrl();
        return call;
    }

    private static Fix awaitFix(Supplier<Fix> position) throws InterruptedException {
        for (int i = 0; i < 300 && position.get() == null; i++) Thread.sleep(100);
        return position.get();
    }
}
