package se.accessiblenav.server.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Errors Tomcat answers itself, before the application sees the request (an address too long or with
 * characters it refuses, a header too large), as problem documents like every other error, in place of
 * Tomcat's HTML page with its name and version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
        String message = status == 400
                ? "The request cannot be read: its address, a parameter or a header is malformed or too long"
                        + " (the address and headers may have at most 8 KB)."
                : status == 413
                        ? "The request is too large."
                        : "The request cannot be answered (status " + status + ").";
        String json = "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":" + status + ",\"detail\":\""
                + message + "\",\"message\":\"" + message + "\",\"hints\":[{\"message\":\"" + message
                + "\",\"details\":\"java.lang.IllegalArgumentException\"}]}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone; nothing more to say
        }
    }

    /** Puts this valve in Tomcat's host in place of its own error page. */
    @Configuration(proxyBeanMethods = false)
    static class Installer {
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
            return factory -> factory.addContextCustomizers((TomcatContextCustomizer) context -> {
                if (context.getParent() instanceof StandardHost host)
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            });
        }
    }
}
