package org.koryu.platform.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, with 403 and a page that says why, any form post or other state-changing request to the
 * editor (the login form included) that another site's page made the browser send. The API is left
 * to itself: it never reads the session cookie, so another site cannot act through it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CrossSitePostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/error/cross-site.html";

    @Inject
    TrustedProxies proxies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SameOriginPosts.safe(request.getMethod()) || path.startsWith("/api/")
                || SameOriginPosts.sameOrigin(proxies.origin(request), request.getHeader("Sec-Fetch-Site"),
                        request.getHeader("Origin"), request.getHeader("Referer"))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        try (InputStream page = getServletContext().getResourceAsStream(PAGE)) {
            page.transferTo(response.getOutputStream());
        }
    }
}
