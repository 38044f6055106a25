package org.koryu.platform.web;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a state-changing request to the editor was sent by one of Koryu's own pages. Faces'
 * view state does not prove it (a stateless view's is the same for everyone), so the browser's
 * own word is asked: {@code Sec-Fetch-Site}, then {@code Origin}, then {@code Referer}. Browsers
 * send at least one of them with every form post and Ajax request; a request with none of them
 * comes from a program, which no other site can make a signed-in browser send.
 */
public final class SameOriginPosts {

    private SameOriginPosts() {
    }

    public static boolean sameOrigin(String ownOrigin, String fetchSite, String origin, String referer) {
        if (fetchSite != null && !"same-origin".equals(fetchSite) && !"none".equals(fetchSite)) {
            return false;
        }
        if (origin != null) {
            return normalized(origin).equals(normalized(ownOrigin));
        }
        if (referer != null) {
            return normalized(referer).equals(normalized(ownOrigin));
        }
        return true;
    }

    /** {@code scheme://host:port} with the scheme's default port spelled out; "" for anything unreadable (e.g. {@code null}). */
    static String normalized(String address) {
        try {
            URI uri = URI.create(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    public static boolean safe(String method) {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS", "TRACE" -> true;
            default -> false;
        };
    }
}
