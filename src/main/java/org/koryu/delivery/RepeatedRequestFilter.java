package org.koryu.delivery;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.koryu.platform.api.CorsSettings;

/**
 * Answers a public delivery request that was answered before, unchanged since, straight from
 * {@link RepeatedRequests}: the same bytes and headers JAX-RS sent, or 304 when the client's copy
 * is current. Downstream sites repeat the same few requests; this spares them JAX-RS's routing,
 * parameter parsing and filters. Anything else passes on, and its answer is recorded by
 * {@link RepeatedRequestRecorder}.
 */
@WebFilter(urlPatterns = "/api/v1/*", asyncSupported = true)
public class RepeatedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String KEY = RepeatedRequestFilter.class.getName() + ".key";
    static final String VERSION = RepeatedRequestFilter.class.getName() + ".version";

    @Inject
    RepeatedRequests answers;

    @Inject
    CorsSettings cors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = key(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        RepeatedRequests.Recorded recorded = answers.find(key);
        if (recorded == null) {
            request.setAttribute(KEY, key);
            request.setAttribute(VERSION, answers.versionBefore());
            chain.doFilter(request, response);
            return;
        }
        for (Map.Entry<String, String> header : recorded.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        CachedAnswer answer = recorded.answer();
        if (HttpCaching.notModified(answer, request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(answer.mediaType());
        response.setContentLength(answer.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(answer.body());
        }
    }

    /**
     * What makes requests alike: path, query and the headers answers vary by (Accept; Origin when
     * CORS names origins). Null for requests this filter leaves alone: not GET or HEAD, signed,
     * or outside the public delivery API.
     */
    String key(HttpServletRequest request) {
        String method = request.getMethod();
        if (!("GET".equals(method) || "HEAD".equals(method)) || request.getHeader("Authorization") != null) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/v1/manage") || path.startsWith("/api/v1/preview")) {
            return null;
        }
        StringBuilder key = new StringBuilder(path).append('?');
        if (request.getQueryString() != null) {
            key.append(request.getQueryString());
        }
        key.append('\n').append(request.getHeader("Accept"));
        if (!cors.anyOrigin()) {
            key.append('\n').append(request.getHeader("Origin"));
        }
        return key.toString();
    }
}
