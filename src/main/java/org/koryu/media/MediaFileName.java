package org.koryu.media;

import java.util.Locale;

import org.koryu.content.Slugs;

/**
 * The file name a stored image is served under: the uploaded name reduced to slug characters, with
 * the extension of the format the bytes really are ({@code Agatsuma Market.JPEG} → {@code agatsuma-market.jpg}).
 * A name with no Latin letters or digits (集合写真.jpg) becomes {@code image.jpg}; the original is kept beside it.
 */
final class MediaFileName {

    private static final int MAX_BASE = 80;

    private MediaFileName() {
    }

    static String of(String uploadedName, ImageFormat format) {
        String name = uploadedName == null ? "" : uploadedName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        String base = Slugs.fromText(dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
        if (base.length() > MAX_BASE) {
            base = base.substring(0, MAX_BASE).replaceAll("-+$", "");
        }
        return (base.isEmpty() ? "image" : base) + "." + format.extension();
    }
}
