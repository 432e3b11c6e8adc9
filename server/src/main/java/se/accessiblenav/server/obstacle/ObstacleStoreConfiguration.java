package se.accessiblenav.server.obstacle;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.accessiblenav.mapdata.obstacle.JdbcObstacleStore;
import se.accessiblenav.mapdata.obstacle.ObstacleStore;

/**
 * The obstacle store on Spring's data source: by default an embedded H2 file ({@code
 * data/obstacles.mv.db}, no server needed); PostGIS when {@code spring.datasource.url} points to
 * PostgreSQL. The schema is migrated on start.
 */
@Configuration(proxyBeanMethods = false)
class ObstacleStoreConfiguration {
    @Bean
    ObstacleStore obstacleStore(DataSource dataSource) {
        return JdbcObstacleStore.open(dataSource);
    }
}
