package org.koryu.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.koryu.accounts.CurrentActor;
import org.koryu.accounts.Role;
import org.koryu.content.ContentCode;
import org.koryu.content.ContentJson;
import org.koryu.content.ValidationException;
import org.koryu.platform.api.Problem;

/**
 * Uploads an image: {@code POST /api/v1/manage/media} with the image's bytes as the body, its type
 * as {@code Content-Type} (image/jpeg, image/png, image/webp or image/gif) and optionally its name
 * in {@code Content-Disposition: attachment; filename="photo.jpg"} — or from an HTML form, as the
 * part {@code file} of {@code multipart/form-data}. Answers 201 with the public address to put in
 * content; 413 above the size limit, 415 for anything that is not such an image. Uploading is
 * drafting, so it needs the editor role.
 */
@Path("/v1/manage/media")
public class MediaResource {

    @Inject
    MediaUploads uploads;

    @Inject
    MediaSettings settings;

    @Inject
    CurrentActor current;

    /** The answer to an upload. */
    public record Uploaded(long id, String url, String fileName, String originalName, String mediaType, long size,
                           String sha256, String createdAt, String createdBy) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @HeaderParam("Content-Disposition") String disposition,
                           InputStream body, @Context UriInfo uri) {
        if (!current.hasRole(Role.EDITOR)) {
            return Problem.of(403, "Not allowed", "Uploading images needs the editor role").response();
        }
        uploads.checkType(contentType);
        Media media = uploads.upload(read(body), contentType, DispositionFileName.of(disposition), current.actor().name());
        return created(media, uri);
    }

    /**
     * The same upload from an HTML form ({@code multipart/form-data}): the image is the part named
     * {@code file}, or else the one part that is a file; its Content-Type and file name are the part's.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response uploadForm(@Context HttpServletRequest request, @Context UriInfo uri) {
        if (!current.hasRole(Role.EDITOR)) {
            return Problem.of(403, "Not allowed", "Uploading images needs the editor role").response();
        }
        Part part = filePart(request);
        uploads.checkType(part.getContentType());
        try (InputStream in = part.getInputStream()) {
            Media media = uploads.upload(read(in), part.getContentType(), part.getSubmittedFileName(), current.actor().name());
            return created(media, uri);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload failed: " + e.getMessage(), e);
        }
    }

    private Part filePart(HttpServletRequest request) {
        try {
            Part named = request.getPart("file");
            if (named != null) {
                return named;
            }
            List<Part> files = request.getParts().stream().filter(p -> p.getSubmittedFileName() != null).toList();
            if (files.size() != 1) {
                throw ValidationException.of("file", MediaCode.FILE_PART_MISSING, files.size());
            }
            return files.get(0);
        } catch (IllegalStateException e) {
            // The container's own ceiling, far above Koryu's limit.
            throw ImageRejectedException.tooLarge(settings.maxBytes());
        } catch (IOException | ServletException e) {
            throw ValidationException.of("(body)", ContentCode.NOT_READABLE, "multipart/form-data", e.getMessage());
        }
    }

    private Response created(Media media, UriInfo uri) {
        String url = media.url().toString();
        Uploaded answer = new Uploaded(media.id(), url, media.fileName(), media.originalName(), media.mediaType(),
                media.size(), media.sha256(), media.createdAt().toString(), media.createdBy());
        URI location = uri.getBaseUri().resolve(".." + url);
        return Response.created(location).entity(ContentJson.write(answer)).build();
    }

    /** Reads at most one byte more than allowed, so an endless body cannot fill the memory. */
    private byte[] read(InputStream body) {
        try {
            return body.readNBytes(uploads.readLimit());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the upload failed: " + e.getMessage(), e);
        }
    }
}
