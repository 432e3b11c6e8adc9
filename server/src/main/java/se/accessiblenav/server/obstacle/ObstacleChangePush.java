package se.accessiblenav.server.obstacle;

import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import se.accessiblenav.mapdata.obstacle.ObstacleChangeListener;

/**
 * With PostGIS, every server hears every committed obstacle change at once ({@code LISTEN/NOTIFY}) and
 * applies it, instead of waiting for its next poll of the store ({@code navigation.obstacles.refresh-interval},
 * which stays as the fallback). With the embedded H2 store there is only the one server and the poll.
 */
@Component
class ObstacleChangePush implements DisposableBean {
    private final Optional<ObstacleChangeListener> listener;

    ObstacleChangePush(DataSource dataSource, ObstacleService obstacles) {
        this.listener = ObstacleChangeListener.start(dataSource, obstacles::refreshIfChanged);
    }

    boolean listening() {
        return listener.isPresent();
    }

    @Override
    public void destroy() {
        listener.ifPresent(ObstacleChangeListener::close);
    }
}
