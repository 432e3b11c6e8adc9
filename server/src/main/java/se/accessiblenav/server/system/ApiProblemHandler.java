package se.accessiblenav.server.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import se.accessiblenav.mapdata.obstacle.InvalidObstacleException;
import se.accessiblenav.mapdata.obstacle.ObstacleNotFoundException;
import se.accessiblenav.mapdata.obstacle.UnknownCrsException;
import se.accessiblenav.mapdata.obstacle.VersionConflictException;

/**
 * Every error as an RFC 9457 problem ({@code application/problem+json}). The body also carries
 * GraphHopper's error fields ({@code message}, {@code hints[{message, details}]}) so GraphHopper clients
 * understand it ({@code details} names the kind of error as GraphHopper does, e.g. {@code
 * java.lang.IllegalArgumentException}, which its Java client turns back into that exception). Never a stack
 * trace, never a library's wording; a 500 only for our own faults, logged with a reference.
 */
@RestControllerAdvice
public class ApiProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);
    /** GraphHopper's kind of error for a client's mistake ({@code hints[0].details}), which its clients read. */
    private static final String ILLEGAL_ARGUMENT = IllegalArgumentException.class.getName();

    @ExceptionHandler(ClientProblemException.class)
    ResponseEntity<ProblemDetail> clientProblem(ClientProblemException e) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        String title = status == HttpStatus.BAD_REQUEST ? "Invalid request" : status.getReasonPhrase();
        return problem(status, title, e.getMessage(), e.errorType(), e.details());
    }

    /** The obstacle store's refusals: the planner's mistake, never a 500. */
    @ExceptionHandler(InvalidObstacleException.class)
    ResponseEntity<ProblemDetail> invalidObstacle(InvalidObstacleException e) {
        return clientProblem(new ClientProblemException(
                400,
                e.getMessage(),
                ILLEGAL_ARGUMENT,
                Map.of(
                        "problems",
                        e.problems().stream()
                                .limit(100)
                                .map(ProblemMessages::clean)
                                .toList())));
    }

    @ExceptionHandler(UnknownCrsException.class)
    ResponseEntity<ProblemDetail> unknownCrs(UnknownCrsException e) {
        return clientProblem(new ClientProblemException(400, e.getMessage(), ILLEGAL_ARGUMENT, Map.of()));
    }

    @ExceptionHandler(VersionConflictException.class)
    ResponseEntity<ProblemDetail> versionConflict(VersionConflictException e) {
        return clientProblem(new ClientProblemException(
                409, e.getMessage(), "Conflict", Map.of("current_version", e.currentVersion())));
    }

    @ExceptionHandler(ObstacleNotFoundException.class)
    ResponseEntity<ProblemDetail> obstacleNotFound(ObstacleNotFoundException e) {
        return clientProblem(new ClientProblemException(404, e.getMessage(), "NotFound", Map.of()));
    }

    /** A multipart body that cannot be parsed (no boundary, cut short, not multipart at all). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
        return clientProblem(new ClientProblemException(
                "The upload is not a readable multipart form; send the file in the form field 'file'"
                        + " (curl -F file=@obstacles.gpkg), or the file itself as the body with its Content-Type."));
    }

    /** Tomcat refuses a query parameter whose percent-encoded bytes are not UTF-8 text. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> badParameterEncoding(InvalidParameterException e) {
        return clientProblem(new ClientProblemException(
                "A parameter is not readable text: percent-encoded bytes (%C0, ...) must form UTF-8 characters."));
    }

    /** The firewall's refusal of an address with characters no client needs (control characters, "%2F", "..", ...). */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejectedAddress(RequestRejectedException e) {
        return clientProblem(new ClientProblemException("The address or a parameter name contains characters that are"
                + " not accepted (control characters, encoded slashes or dots, or blanks in names)."));
    }

    /** Refusals of the security filters, handed here by {@link SecurityConfiguration}. */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> notLoggedIn(AuthenticationException e) {
        String message = e instanceof BadCredentialsException
                ? "Wrong planner name or password."
                : "Log in as a planner to change obstacles.";
        return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", message, "Unauthorized", Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> notAPlanner(AccessDeniedException e) {
        return problem(
                HttpStatus.FORBIDDEN,
                "Forbidden",
                "Only planners may change obstacles or read their audit.",
                "Forbidden",
                Map.of());
    }

    /** Spring MVC's own errors (missing parameter, wrong content type, bad method, ...) with our fields added. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            String message =
                    ProblemMessages.clean(problem.getDetail() == null ? problem.getTitle() : problem.getDetail());
            problem.setDetail(message);
            addGraphHopperFields(problem, message, IllegalArgumentException.class.getName(), Map.of());
        }
        return response;
    }

    /** An address the server does not have: said in words with where to look, not Spring's "No static resource". */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<ProblemDetail> answer = problem(
                HttpStatus.NOT_FOUND,
                "Not Found",
                "There is nothing at /" + ClientText.quote(ex.getResourcePath()) + ". The API: /route, /info,"
                        + " /profiles, /whereami, /around, /obstacles, /speech; all of it at /api-docs.html.",
                ILLEGAL_ARGUMENT,
                Map.of());
        return ResponseEntity.status(answer.getStatusCode()).body(answer.getBody());
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ServiceUnavailableException e) {
        LOG.warn("Service unavailable: {}", e.getMessage(), e.getCause());
        ResponseEntity<ProblemDetail> answer = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Service unavailable",
                e.getMessage() + ". Please try again shortly.",
                RuntimeException.class.getName(),
                Map.of());
        return ResponseEntity.status(answer.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(answer.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        FatalErrors.haltIfFatal(e);
        String reference = Long.toHexString(System.nanoTime());
        LOG.error("Unexpected error, reference {}", reference, e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal error",
                "Something went wrong on our side (reference " + reference
                        + "). Please try again; if it keeps happening, report the reference.",
                RuntimeException.class.getName(),
                Map.of());
    }

    static ResponseEntity<ProblemDetail> problem(
            HttpStatusCode status, String title, String text, String errorType, Map<String, Object> details) {
        String message = ProblemMessages.clean(text);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        addGraphHopperFields(problem, message, errorType, details);
        return ResponseEntity.status(status).body(problem);
    }

    private static void addGraphHopperFields(
            ProblemDetail problem, String message, String errorType, Map<String, Object> details) {
        problem.setProperty("message", message);
        Map<String, Object> hint = new LinkedHashMap<>();
        hint.put("message", message);
        hint.put("details", errorType);
        details.forEach((key, value) -> hint.put(key, ProblemMessages.cleanDetail(value)));
        problem.setProperty("hints", List.of(hint));
    }
}
