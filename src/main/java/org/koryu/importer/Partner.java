package org.koryu.importer;

import java.util.List;
import java.util.stream.Stream;

/**
 * A partner municipality as the importer knows it: its slug, its name, and the other names
 * calendar titles use for it (吾妻 for 東吾妻町, おぢや for 小千谷市).
 */
public record Partner(String slug, String name, List<String> aliases) {

    public Partner {
        if (slug == null || slug.isBlank()) {
            throw new IllegalArgumentException("a partner needs a slug");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("partner '" + slug + "' needs a name");
        }
        aliases = List.copyOf(aliases);
        if (aliases.stream().anyMatch(String::isBlank)) {
            // A blank alias would occur in every title.
            throw new IllegalArgumentException("partner '" + slug + "' has a blank alias");
        }
    }

    /** The length of the longest of its names that occurs in {@code title}; 0 when none does. */
    int longestNameIn(String title) {
        return Stream.concat(Stream.of(name), aliases.stream())
                .filter(title::contains)
                .mapToInt(String::length)
                .max()
                .orElse(0);
    }
}
