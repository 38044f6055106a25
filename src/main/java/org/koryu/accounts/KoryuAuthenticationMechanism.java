package org.koryu.accounts;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.koryu.platform.web.SecurityHeaders;
import org.koryu.platform.web.TrustedProxies;

/**
 * How a request proves who sends it. The management API is stateless: HTTP Basic with an account
 * or {@code Authorization: Bearer <token>}, answered with 401 problem+json otherwise. The editor
 * UI signs in through the login page, which remembers the account name in the session; every
 * request re-reads the account, so a disabled account or changed roles apply at once. A protected
 * page without a valid session goes to {@code /login}, saying so when the session expired.
 */
@ApplicationScoped
public class KoryuAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "koryu.user";
    /** Set on a login-form request refused unchecked: how long the person must wait. */
    public static final String RETRY_AFTER = "koryu.signin.retryAfter";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountService accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    TrustedProxies proxies;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        // Authentication answers some requests itself (401, the way to the login page) before any filter runs.
        SecurityHeaders.apply(response, SecurityHeaders.policy(request.getServletContext()));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return api(request, response, context);
        }
        return ui(path, request, response, context);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            Optional<Credential> credential = credential(authorization);
            if (credential.isEmpty()) {
                return unauthorized(response, context, "The Authorization header is neither 'Basic <base64 name:password>' "
                        + "nor 'Bearer <token>'");
            }
            if (credential.get() instanceof UsernamePasswordCredential password) {
                return basic(password, request, response, context);
            }
            CredentialValidationResult result = identityStores.validate(credential.get());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(response, context, "The bearer token is unknown or revoked");
        }
        if (context.isProtected()) {
            return unauthorized(response, context, "Sign in with HTTP Basic (an account) or 'Authorization: Bearer <API token>'");
        }
        return context.doNothing();
    }

    /**
     * HTTP Basic, throttled like the login form. Bearer tokens are not: 256 random bits cannot be
     * guessed, and counting their failures would only let one bad client lock out an address.
     */
    private AuthenticationStatus basic(UsernamePasswordCredential password, HttpServletRequest request,
                                       HttpServletResponse response, HttpMessageContext context) {
        String address = proxies.clientAddress(request);
        Optional<Duration> wait = throttle.attempts().locked(password.getCaller(), address);
        if (wait.isPresent()) {
            return throttled(response, wait.get());
        }
        CredentialValidationResult result = identityStores.validate(password);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.attempts().succeeded(password.getCaller());
            return context.notifyContainerAboutLogin(result);
        }
        throttle.attempts().failed(password.getCaller(), address);
        return unauthorized(response, context, "Wrong name or password, or the account is disabled");
    }

    private AuthenticationStatus ui(String path, HttpServletRequest request, HttpServletResponse response,
                                    HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return signIn(request, response, context);
        }
        HttpSession session = request.getSession(false);
        String user = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (user != null) {
            Optional<Set<String>> roles = accounts.activeRoles(user);
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(user, roles.get());
            }
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        return toLogin(path, request, response, context, expired || user != null || sentByAPage(request));
    }

    /**
     * An Ajax request or a form post can only come from a page shown in a session: arriving without
     * one, that session has ended (or its cookie was lost), which the login page says.
     */
    private static boolean sentByAPage(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"))
                || "POST".equals(request.getMethod()) && request.getParameter("jakarta.faces.ViewState") != null;
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        String name = credential instanceof UsernamePasswordCredential password ? password.getCaller() : "";
        String address = proxies.clientAddress(request);
        Optional<Duration> wait = throttle.attempts().locked(name, address);
        if (wait.isPresent()) {
            request.setAttribute(RETRY_AFTER, wait.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.attempts().failed(name, address);
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.attempts().succeeded(name);
        request.getSession(true);
        // A new id for the signed-in session: one planted before sign-in (session fixation) stays anonymous.
        String id = request.changeSessionId();
        if (proxies.secure(request)) {
            secureSessionCookie(request, response, id);
        }
        request.getSession().setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Sends the signed-in session's cookie again, marked Secure, after the container's own: the
     * container marks it only for connections it sees as https itself, not for https ended at a
     * trusted proxy. The browser keeps the last cookie of a name, so the Secure one stays.
     */
    private static void secureSessionCookie(HttpServletRequest request, HttpServletResponse response, String id) {
        SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
        String path = config.getPath() != null ? config.getPath()
                : request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader("Set-Cookie", (config.getName() == null ? "JSESSIONID" : config.getName()) + "=" + id
                + "; Path=" + path + "; Secure; HttpOnly; SameSite=Lax");
    }

    private AuthenticationStatus toLogin(String path, HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context, boolean expired) {
        String next = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        String target = request.getContextPath() + "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
                + (expired ? "&expired=true" : "");
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // An Ajax request of a page whose session ended: Faces follows a redirect only in this form.
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + target.replace("&", "&amp;") + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return context.redirect(target);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Credential> credential(String authorization) {
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(new ApiTokenCredential(authorization.substring(7).strip()));
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
                }
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** 429 without checking the credential: the name or the address failed too often just now. */
    private static AuthenticationStatus throttled(HttpServletResponse response, Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank").add("title", "Too Many Requests").add("status", 429)
                    .add("code", "sign-in-throttled")
                    .add("detail", "Too many failed sign-ins for this name or from this address; try again in "
                            + seconds + " seconds")
                    .build().toString());
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
                                                     String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Koryu\", Bearer realm=\"Koryu\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "about:blank").add("title", "Unauthorized").add("status", 401).add("detail", detail)
                    .build().toString());
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
