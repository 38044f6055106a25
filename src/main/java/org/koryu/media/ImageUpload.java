package org.koryu.media;

/**
 * The checks an upload passes before it is stored: a declared image type, a size within the
 * limit, and bytes that really are that image. A file's name and Content-Type are only claims;
 * a browser shown a mislabelled file might sniff it as something else, so the bytes decide.
 */
record ImageUpload(byte[] bytes, ImageFormat format) {

    /** The declared Content-Type, before the body is read: anything but an accepted image type is refused at once. */
    static ImageFormat declared(String contentType) {
        return ImageFormat.ofMediaType(contentType).orElseThrow(() -> ImageRejectedException.unsupported(
                "Content-Type " + (contentType == null ? "(none)" : contentType) + " is not an accepted image type; "
                        + "send the image's bytes as one of " + ImageFormat.mediaTypes()));
    }

    static ImageUpload checked(byte[] bytes, ImageFormat declared, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw ImageRejectedException.tooLarge(maxBytes);
        }
        if (bytes.length == 0) {
            throw ImageRejectedException.unsupported("The body is empty: send the image's bytes");
        }
        ImageFormat actual = ImageFormat.of(bytes).orElseThrow(() -> ImageRejectedException.unsupported(
                "The bytes are not a " + ImageFormat.labels() + " image (their first bytes are those of none of them), "
                        + "whatever the Content-Type " + declared.mediaType() + " says"));
        if (actual != declared) {
            throw ImageRejectedException.unsupported("The file is a " + actual.label() + " image, not "
                    + declared.mediaType() + " as the Content-Type says; send it as " + actual.mediaType());
        }
        return new ImageUpload(bytes, actual);
    }
}
