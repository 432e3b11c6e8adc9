package se.accessiblenav.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.json.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkerProfileTest {
    @Test
    void footIsRoutedAsShipped() {
        assertThat(WalkerProfile.FOOT.precomputed()).isFalse();
        assertThat(WalkerProfile.FOOT.routingModel().toString())
                .isEqualTo(WalkerProfile.FOOT.customModel().toString());
    }

    @Test
    void walkerProfilesRouteWithTheirStaticPriorityAndTheObstacleRules() {
        for (WalkerProfile profile :
                List.of(WalkerProfile.BLIND_CANE, WalkerProfile.GUIDE_DOG, WalkerProfile.LOW_VISION)) {
            List<Statement> priority = profile.routingModel().getPriority();

            assertThat(priority.get(0))
                    .isEqualTo(Statement.If("true", Statement.Op.MULTIPLY, profile.profileName() + "_static_priority"));
            assertThat(priority.subList(1, priority.size()))
                    .extracting(Statement::condition)
                    .containsExactly("obstacle_blocked", "obstacle_hazard");
            assertThat(profile.routingModel().getSpeed())
                    .isEqualTo(profile.customModel().getSpeed());
        }
    }

    @Test
    void theStaticModelIsTheShippedOneWithoutTheObstacleRules() {
        var shipped = WalkerProfile.BLIND_CANE.customModel().getPriority();
        var statics = WalkerProfile.BLIND_CANE.staticModel().getPriority();

        assertThat(statics).hasSize(shipped.size() - 2);
        assertThat(statics.toString()).doesNotContain("obstacle_");
        assertThat(shipped).containsAll(statics);
    }
}
