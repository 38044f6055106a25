package org.koryu.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A venue as a calendar names it: {@code 小千谷学生寮駐車場(井草4-16-23)} is the name with its
 * address in the last brackets (half- or full-width). The address is null when none is given.
 */
public record VenueName(String name, String address) {

    private static final Pattern WITH_ADDRESS = Pattern.compile("(.+?)[\\s\u3000]*[(（]([^()（）]*)[)）]");

    public VenueName {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a venue needs a name, got '" + name + "'");
        }
        if (address != null && address.isBlank()) {
            throw new IllegalArgumentException("venue '" + name + "' has a blank address: use null for none");
        }
    }

    public static VenueName parse(String text) {
        String venue = text.strip();
        Matcher matcher = WITH_ADDRESS.matcher(venue);
        if (matcher.matches() && !matcher.group(2).isBlank()) {
            return new VenueName(matcher.group(1).strip(), matcher.group(2).strip());
        }
        return new VenueName(venue, null);
    }
}
