package org.koryu.editor;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Editor pages (and the login page) are never kept by the browser: after signing out, Back must
 * not show what a signed-in person saw, on a shared office computer least of all. Faces' own
 * resources (scripts, styles, fonts) go through the same servlet and stay cacheable; the API and
 * media have their own caching and do not pass here.
 */
@WebFilter(servletNames = "Faces", asyncSupported = true)
public class NoStoreFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getServletPath().startsWith(RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
