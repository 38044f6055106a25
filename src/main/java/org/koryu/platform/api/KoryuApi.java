package org.koryu.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The HTTP API under {@code /api}: {@code /api/v1/...} for delivery, {@code /api/v1/manage/...} for management. */
@ApplicationPath("/api")
public class KoryuApi extends Application {
}
