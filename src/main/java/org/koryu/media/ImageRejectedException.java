package org.koryu.media;

import org.koryu.content.Fault;

/**
 * An upload refused before anything is stored: too large (413) or not an accepted image (415),
 * judged by its size and its bytes. The fault says what to send instead, in English as the
 * message and in the editor's language through its code.
 */
public class ImageRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Fault fault;

    private ImageRejectedException(int status, Fault fault) {
        super(fault.message());
        this.status = status;
        this.fault = fault;
    }

    static ImageRejectedException tooLarge(long maxBytes) {
        return new ImageRejectedException(413, Fault.of(MediaCode.TOO_LARGE, maxBytes, maxBytes / (1024 * 1024)));
    }

    static ImageRejectedException unsupported(MediaCode code, Object... args) {
        return new ImageRejectedException(415, Fault.of(code, args));
    }

    public int status() {
        return status;
    }

    public Fault fault() {
        return fault;
    }
}
