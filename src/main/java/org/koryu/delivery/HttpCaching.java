package org.koryu.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP caching of delivery answers: ETag and Last-Modified on every answer, 304 when the client's
 * copy is current ({@code If-None-Match} first, {@code If-Modified-Since} only without it, as
 * RFC 9110 says), {@code Cache-Control} with a configurable max-age
 * ({@code KORYU_DELIVERY_MAX_AGE_SECONDS}, default 60).
 */
@ApplicationScoped
public class HttpCaching {

    static final String ANSWER = HttpCaching.class.getName() + ".answer";

    @Inject
    @ConfigProperty(name = "koryu.delivery.max-age-seconds", defaultValue = "60")
    int maxAgeSeconds;

    /** The request being answered: the answer is left on it for {@link RepeatedRequestRecorder}, even when it is a 304. */
    @Inject
    HttpServletRequest servletRequest;

    public Response answer(CachedAnswer answer, HttpHeaders request, String vary) {
        servletRequest.setAttribute(ANSWER, answer);
        Response.ResponseBuilder builder;
        if (notModified(answer, request)) {
            builder = Response.notModified();
        } else {
            builder = Response.ok(answer.body(), answer.mediaType());
        }
        builder.header(HttpHeaders.ETAG, answer.etag())
                .header(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        answer.lastModified().truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC)))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds);
        if (vary != null) {
            builder.header(HttpHeaders.VARY, vary);
        }
        return builder.build();
    }

    static boolean notModified(CachedAnswer answer, HttpHeaders request) {
        return notModified(answer, request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE));
    }

    static boolean notModified(CachedAnswer answer, String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            return matches(answer.etag(), ifNoneMatch);
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !answer.lastModified().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    /** Weak comparison (RFC 9110 13.1.2), as If-None-Match asks; without regular expressions, as every 304 passes here. */
    private static boolean matches(String etag, String ifNoneMatch) {
        int start = 0;
        while (start <= ifNoneMatch.length()) {
            int comma = ifNoneMatch.indexOf(',', start);
            int end = comma < 0 ? ifNoneMatch.length() : comma;
            String tag = ifNoneMatch.substring(start, end).strip();
            if (tag.equals("*") || tag.equals(etag) || tag.startsWith("W/") && tag.substring(2).equals(etag)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }
}
