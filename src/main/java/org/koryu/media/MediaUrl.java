package org.koryu.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public address of an uploaded file, {@code /media/12/agatsuma-market.jpg}: the id finds it,
 * the file name makes the address readable and must match too, so one file has one address.
 * Content stores this root-relative form; sites put their own Koryu host in front.
 */
public record MediaUrl(long id, String fileName) {

    public static final String PREFIX = "/media/";
    private static final Pattern SHAPE = Pattern.compile("/media/([1-9][0-9]{0,17})/([a-z0-9][a-z0-9._-]{0,119})");

    public static Optional<MediaUrl> parse(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(url);
        return m.matches() ? Optional.of(new MediaUrl(Long.parseLong(m.group(1)), m.group(2))) : Optional.empty();
    }

    @Override
    public String toString() {
        return PREFIX + id + "/" + fileName;
    }
}
