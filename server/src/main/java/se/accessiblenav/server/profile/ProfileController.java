package se.accessiblenav.server.profile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.accessiblenav.core.routing.PedestrianRouter;

/** {@code GET /profiles}: the walker profiles with a one-line description each. */
@RestController
@Tag(name = "profiles", description = "Walker profiles")
class ProfileController {
    /** One profile as listed to clients. */
    record ProfileView(String name, String description) {}

    private final PedestrianRouter router;

    ProfileController(PedestrianRouter router) {
        this.router = router;
    }

    @Operation(summary = "List the walker profiles")
    @GetMapping("/profiles")
    List<ProfileView> list() {
        return router.listProfiles().stream()
                .map(p -> new ProfileView(p.profileName(), p.description()))
                .toList();
    }
}
