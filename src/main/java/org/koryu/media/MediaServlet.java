package org.koryu.media;

import java.io.IOException;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.koryu.platform.api.Problem;

/**
 * Serves uploaded images publicly at {@code /media/{id}/{fileName}}. A stored file never changes,
 * so browsers and CDNs may keep it for a year; the ETag (its hash) answers revalidation with 304.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ONE_YEAR = "public, max-age=31536000, immutable";

    @Inject
    transient MediaLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<MediaLibrary.StoredImage> found = MediaUrl.parse(request.getRequestURI()
                        .substring(request.getContextPath().length()))
                .flatMap(library::find)
                .filter(image -> Files.isReadable(image.file()));
        if (found.isEmpty()) {
            notFound(request, response);
            return;
        }
        Media media = found.get().media();
        response.setHeader("ETag", media.etag());
        response.setHeader("Cache-Control", ONE_YEAR);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                media.createdAt().truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC)));
        if (matches(request.getHeader("If-None-Match"), media.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(media.mediaType());
        response.setContentLengthLong(media.size());
        Files.copy(found.get().file(), response.getOutputStream());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null && (ifNoneMatch.strip().equals("*") || Arrays.stream(ifNoneMatch.split(","))
                .map(tag -> tag.strip().replaceFirst("^W/", ""))
                .anyMatch(etag::equals));
    }

    private static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.getWriter().write(Problem.of(404, "Not found", "No uploaded image at " + request.getRequestURI()).json());
    }
}
