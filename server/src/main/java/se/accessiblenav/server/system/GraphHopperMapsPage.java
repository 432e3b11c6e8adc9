package se.accessiblenav.server.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GraphHopper Maps at {@code /maps/}: the page GraphHopper 11 ships (unpacked from graphhopper-web at build
 * time), with this server's {@code config.js} in front of GraphHopper's. {@link PageRoutes} opens its index.
 */
@Configuration(proxyBeanMethods = false)
class GraphHopperMapsPage implements WebMvcConfigurer {
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/maps/**")
                .addResourceLocations("classpath:/maps/", "classpath:/com/graphhopper/maps/");
    }
}
