package org.koryu.media;

/**
 * An upload refused before anything is stored: too large (413) or not an accepted image (415),
 * judged by its size and its bytes. The message says what to send instead.
 */
public class ImageRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    private ImageRejectedException(int status, String message) {
        super(message);
        this.status = status;
    }

    static ImageRejectedException tooLarge(long maxBytes) {
        return new ImageRejectedException(413, "An image may have at most " + maxBytes + " bytes ("
                + maxBytes / (1024 * 1024) + " MB); make it smaller");
    }

    static ImageRejectedException unsupported(String message) {
        return new ImageRejectedException(415, message);
    }

    public int status() {
        return status;
    }
}
