package org.koryu.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** Reads the texts of a bundle and the values its MessageFormat patterns name, for the tests that hold languages together. */
public final class MessagePatterns {

    private MessagePatterns() {
    }

    /** The texts of {@code bundle} (a base name such as {@code org.koryu.event.violations}) in the file with {@code suffix}, e.g. {@code _ja}. */
    public static Properties texts(String bundle, String suffix) {
        String path = "/" + bundle.replace('.', '/') + suffix + ".properties";
        try (InputStream in = MessagePatterns.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The argument indexes a pattern names, nested choices included; quoted text ('{' or ''x'') names none. */
    public static Set<Integer> placeholders(String pattern) {
        Set<Integer> indexes = new TreeSet<>();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int end = i + 1;
                while (end < pattern.length() && Character.isDigit(pattern.charAt(end))) {
                    end++;
                }
                indexes.add(Integer.parseInt(pattern.substring(i + 1, end)));
            }
        }
        return indexes;
    }
}
