package org.koryu.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Takes an upload from any boundary (the API, an editor form): refuses it when its declared type,
 * its size or its bytes are not an accepted image, and stores it otherwise. The checks run before
 * the library's transaction, so a refusal reaches the caller as itself, never as a rollback.
 */
@ApplicationScoped
public class MediaUploads {

    @Inject
    MediaLibrary library;

    @Inject
    MediaSettings settings;

    /**
     * @param bytes        at most one byte more than the limit need be read: more is refused all the same
     * @param contentType  the declared type, e.g. {@code image/png}
     * @param originalName the uploaded file's name, or null
     * @throws ImageRejectedException with 413 or 415 and a message saying what to send instead
     */
    public Media upload(byte[] bytes, String contentType, String originalName, String user) {
        ImageUpload upload = ImageUpload.checked(bytes, ImageUpload.declared(contentType), settings.maxBytes());
        return library.store(upload, originalName, user);
    }

    /** Refuses a declared type that is no accepted image, so a boundary need not read the body of such an upload. */
    public void checkType(String contentType) {
        ImageUpload.declared(contentType);
    }

    /** How many bytes of a body to read at most: the limit and one more, so that anything larger is seen. */
    public int readLimit() {
        return (int) Math.min(settings.maxBytes() + 1, Integer.MAX_VALUE - 8);
    }
}
