package org.hallway.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Jakarta REST resources live under /api (web.xml requires a login there). */
@ApplicationPath("api")
public class RestApplication extends Application {

    /** No generated WADL description of the API (Jersey publishes one at /api/application.wadl otherwise). */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
