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
                MediaCode.NOT_AN_IMAGE_TYPE, contentType == null ? "(none)" : contentType, ImageFormat.mediaTypes()));
    }

    static ImageUpload checked(byte[] bytes, ImageFormat declared, long maxBytes) {
        if (bytes.length > maxBytes) {
            throw ImageRejectedException.tooLarge(maxBytes);
        }
        if (bytes.length == 0) {
            throw ImageRejectedException.unsupported(MediaCode.EMPTY_BODY);
        }
        ImageFormat actual = ImageFormat.of(bytes).orElseThrow(() -> ImageRejectedException.unsupported(
                MediaCode.NOT_AN_IMAGE, ImageFormat.labels(), declared.mediaType()));
        if (actual != declared) {
            throw ImageRejectedException.unsupported(MediaCode.FORMAT_MISMATCH, actual.label(), declared.mediaType(),
                    actual.mediaType());
        }
        return new ImageUpload(bytes, actual);
    }
}
