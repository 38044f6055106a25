package org.koryu.platform.api;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which browser origins may read the public API ({@code KORYU_CORS_ORIGINS}: {@code *}, the
 * default, or a comma-separated list such as {@code https://www.city.example,https://kouryu.example}).
 */
@ApplicationScoped
public class CorsSettings {

    @Inject
    @ConfigProperty(name = "koryu.cors.origins", defaultValue = "*")
    String origins;

    @Inject
    @ConfigProperty(name = "koryu.cors.max-age-seconds", defaultValue = "86400")
    int preflightMaxAgeSeconds;

    /** Parsed once: every public delivery request asks. */
    private Set<String> allowed;

    @PostConstruct
    void parse() {
        allowed = Arrays.stream(origins.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean anyOrigin() {
        return allowed.contains("*");
    }

    public boolean allows(String origin) {
        return anyOrigin() || allowed.contains(origin);
    }

    public int preflightMaxAgeSeconds() {
        return preflightMaxAgeSeconds;
    }
}
