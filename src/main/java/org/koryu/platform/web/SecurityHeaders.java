package org.koryu.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries. The Content-Security-Policy is the one PrimeFaces is given in
 * web.xml ({@code primefaces.CSP_POLICY}): on a Faces page PrimeFaces appends the page's nonce to
 * its {@code script-src}, every other answer (API, static files, error pages) gets it as written,
 * so no script runs that is not a file of this application or a nonce-marked one of the page.
 */
public final class SecurityHeaders {

    public static final String CSP = "Content-Security-Policy";
    private static final String POLICY_PARAM = "primefaces.CSP_POLICY";

    private SecurityHeaders() {
    }

    /** The policy PrimeFaces completes with a nonce: it ends in a {@code script-src} without one. */
    public static String policy(ServletContext context) {
        String policy = context.getInitParameter(POLICY_PARAM);
        if (policy == null || !policy.strip().endsWith("script-src 'self'")) {
            throw new IllegalStateException(POLICY_PARAM + " must end with script-src 'self' (PrimeFaces appends the nonce)");
        }
        return policy.strip() + ";";
    }

    public static void apply(HttpServletResponse response, String policy) {
        response.setHeader(CSP, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy",
                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
    }
}
