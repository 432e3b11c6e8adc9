package se.accessiblenav.server.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import se.accessiblenav.core.routing.RouterSetupException;

/** At start, a router configuration problem is one clear message with what to do, not a stack trace. */
class RouterSetupFailureAnalyzer extends AbstractFailureAnalyzer<RouterSetupException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RouterSetupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
