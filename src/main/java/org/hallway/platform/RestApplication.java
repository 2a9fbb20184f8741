package org.hallway.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Jakarta REST resources live under /api (web.xml requires a login there). */
@ApplicationPath("api")
public class RestApplication extends Application {
}
