package org.koryu.accounts;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

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

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
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
            CredentialValidationResult result = identityStores.validate(credential.get());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(response, context, credential.get() instanceof ApiTokenCredential
                    ? "The bearer token is unknown or revoked" : "Wrong name or password, or the account is disabled");
        }
        if (context.isProtected()) {
            return unauthorized(response, context, "Sign in with HTTP Basic (an account) or 'Authorization: Bearer <API token>'");
        }
        return context.doNothing();
    }

    private AuthenticationStatus ui(String path, HttpServletRequest request, HttpServletResponse response,
                                    HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return signIn(request, context);
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

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(context.getAuthParameters().getCredential());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
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
