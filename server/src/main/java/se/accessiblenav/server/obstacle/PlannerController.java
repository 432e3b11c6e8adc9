package se.accessiblenav.server.obstacle;

import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets the planner page check a login before it keeps the credentials for later requests. */
@RestController
class PlannerController {
    @GetMapping("/planner/whoami")
    Map<String, String> whoami(Authentication planner) {
        return Map.of("name", planner.getName());
    }
}
