package org.koryu.platform.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets browser clients on other sites read the public API (GET and HEAD; the management API is for
 * scripts and stays same-origin). Preflights are answered here, before resource matching, so an
 * {@code OPTIONS} never reaches a resource. With a list of origins the answer names the caller's
 * origin and varies by it; with {@code *} it is the same for everyone and caches share it.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match, If-Modified-Since, Preview-Token";
    static final String EXPOSED_HEADERS = "ETag, Last-Modified, Cache-Control, Vary";

    @Inject
    CorsSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || !HttpMethod.OPTIONS.equals(request.getMethod())
                || request.getHeaderString("Access-Control-Request-Method") == null || isManagement(request)) {
            return;
        }
        Response.ResponseBuilder preflight = Response.noContent();
        if (settings.allows(origin)) {
            preflight.header("Access-Control-Allow-Origin", settings.anyOrigin() ? "*" : origin)
                    .header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                    .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                    .header("Access-Control-Max-Age", settings.preflightMaxAgeSeconds());
        }
        if (!settings.anyOrigin()) {
            preflight.header("Vary", "Origin");
        }
        request.abortWith(preflight.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (isManagement(request) || !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                || response.getHeaders().containsKey("Access-Control-Allow-Origin")) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (settings.anyOrigin()) {
            headers.putSingle("Access-Control-Allow-Origin", "*");
        } else {
            addVary(headers, "Origin");
            String origin = request.getHeaderString("Origin");
            if (origin != null && settings.allows(origin)) {
                headers.putSingle("Access-Control-Allow-Origin", origin);
            }
        }
        headers.putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }

    private static boolean isManagement(ContainerRequestContext request) {
        return request.getUriInfo().getPath().startsWith("v1/manage") || request.getUriInfo().getPath().startsWith("/v1/manage");
    }

    static void addVary(MultivaluedMap<String, Object> headers, String name) {
        Object vary = headers.getFirst("Vary");
        if (vary == null) {
            headers.putSingle("Vary", name);
        } else if (!vary.toString().contains(name)) {
            headers.putSingle("Vary", vary + ", " + name);
        }
    }
}
