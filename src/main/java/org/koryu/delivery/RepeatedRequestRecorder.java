package org.koryu.delivery;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Records complete, publicly cacheable delivery answers (the answer {@link HttpCaching} made, and the
 * headers sent with it, 200 or 304 alike) for {@link RepeatedRequestFilter}. Runs after every other
 * response filter (the lowest priority runs last), so CORS headers are included.
 */
@Provider
@Priority(1)
public class RepeatedRequestRecorder implements ContainerResponseFilter {

    @Context
    HttpServletRequest servletRequest;

    @Inject
    RepeatedRequests answers;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object key = servletRequest.getAttribute(RepeatedRequestFilter.KEY);
        Object version = servletRequest.getAttribute(RepeatedRequestFilter.VERSION);
        Object answer = servletRequest.getAttribute(HttpCaching.ANSWER);
        String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        if (key == null || version == null || !(answer instanceof CachedAnswer made)
                || (response.getStatus() != 200 && response.getStatus() != 304)
                || cacheControl == null || !cacheControl.startsWith("public")) {
            return;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> headers.add(new AbstractMap.SimpleImmutableEntry<>(name, v)));
            }
        });
        answers.record((String) key, headers, made, (Long) version);
    }
}
