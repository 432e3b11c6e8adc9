package se.accessiblenav.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import se.accessiblenav.server.system.FatalErrors;

/** Accessible pedestrian navigation: routes and guidance for blind and low-vision walkers over HTTP. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NavigationServerApplication {
    public static void main(String[] args) {
        FatalErrors.installDefaultHandler();
        SpringApplication.run(NavigationServerApplication.class, args);
    }
}
