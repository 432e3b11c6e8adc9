package se.accessiblenav.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.accessiblenav.server.ServerTestBase;
import se.accessiblenav.server.SharedTestData;

/** The Stockholm server in demonstration mode, as ./run starts it, with an obstacle store of its own. */
abstract class KioskServerTestBase extends ServerTestBase {
    @Value("${spring.datasource.url}")
    String obstacleDatabase;

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        SharedTestData.stockholmDemoServer(registry);
    }

    @BeforeEach
    void demonstrationStoreIsOurOwn() {
        assertThat(obstacleDatabase).endsWith("-demo/obstacles");
    }
}
