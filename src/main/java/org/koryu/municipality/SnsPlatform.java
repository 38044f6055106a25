package org.koryu.municipality;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The SNS platforms partners use, with the hosts their account URLs live on. */
public enum SnsPlatform {
    INSTAGRAM("instagram", "Instagram", List.of("instagram.com")),
    X("x", "X (Twitter)", List.of("x.com", "twitter.com")),
    YOUTUBE("youtube", "YouTube", List.of("youtube.com", "youtu.be")),
    FACEBOOK("facebook", "Facebook", List.of("facebook.com", "fb.com")),
    LINE("line", "LINE", List.of("line.me")),
    TIKTOK("tiktok", "TikTok", List.of("tiktok.com")),
    OTHER("other", "other", List.of());

    private final String key;
    private final String label;
    private final List<String> hosts;

    SnsPlatform(String key, String label, List<String> hosts) {
        this.key = key;
        this.label = label;
        this.hosts = hosts;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Whether an account URL's host belongs to this platform (any host for {@link #OTHER}). */
    public boolean hosts(String host) {
        return hosts.isEmpty() || hosts.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
    }

    public List<String> knownHosts() {
        return hosts;
    }

    public static Optional<SnsPlatform> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** Reads the names pages use ("Twitter", "Ｘ", "YouTube") as a platform. */
    public static Optional<SnsPlatform> byLabel(String label) {
        String l = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFKC).strip().toLowerCase(java.util.Locale.ROOT);
        if (l.equals("twitter") || l.equals("x") || l.startsWith("x(")) {
            return Optional.of(X);
        }
        return Arrays.stream(values()).filter(p -> p.key.equals(l) || p.label.equalsIgnoreCase(l)).findFirst();
    }
}
