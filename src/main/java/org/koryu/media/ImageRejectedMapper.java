package org.koryu.media;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.koryu.platform.api.Problem;

/** Answers a refused upload as problem+json with its own status (413 or 415). */
@Provider
public class ImageRejectedMapper implements ExceptionMapper<ImageRejectedException> {

    @Override
    public Response toResponse(ImageRejectedException e) {
        String title = e.status() == 413 ? "Image too large" : "Not an accepted image";
        return Problem.of(e.status(), title, e.getMessage()).response();
    }
}
