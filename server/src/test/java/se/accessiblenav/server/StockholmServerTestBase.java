package se.accessiblenav.server;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The real server on the Stockholm extract, on a random port, and plain HTTP GETs against it. */
public abstract class StockholmServerTestBase extends ServerTestBase {
    @DynamicPropertySource
    static void map(DynamicPropertyRegistry registry) {
        SharedTestData.stockholmServer(registry);
    }
}
