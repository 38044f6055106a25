package org.koryu.media;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the file name of an upload from its {@code Content-Disposition} header (RFC 6266):
 * {@code filename*=UTF-8''%E9%9B%86%E5%90%88.jpg} (any language) wins over {@code filename="photo.jpg"}.
 */
final class DispositionFileName {

    private static final Pattern EXTENDED = Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*UTF-8'[^']*'([^;\\s]+)");
    private static final Pattern QUOTED = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOKEN = Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*([^;\\s\"]+)");

    private DispositionFileName() {
    }

    /** The file name, or null when the header gives none. */
    static String of(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = EXTENDED.matcher(header);
        if (m.find()) {
            try {
                return blankToNull(URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a broken percent-encoding: fall back to the plain name
            }
        }
        m = QUOTED.matcher(header);
        if (m.find()) {
            return blankToNull(m.group(1).replaceAll("\\\\(.)", "$1"));
        }
        m = TOKEN.matcher(header);
        return m.find() ? blankToNull(m.group(1)) : null;
    }

    private static String blankToNull(String name) {
        String stripped = name.strip();
        return stripped.isEmpty() || stripped.length() > 255 ? null : stripped;
    }
}
