package org.koryu.platform.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reverse proxies ({@code KORYU_TRUSTED_PROXIES}: a comma-separated list of addresses or
 * ranges such as {@code 10.0.0.0/8}, none by default) whose {@code X-Forwarded-Proto}, {@code X-Forwarded-Host} and {@code X-Forwarded-For}
 * are believed. From anyone else these headers are ignored: a client could otherwise claim https
 * or another address and so escape the sign-in throttle.
 */
@ApplicationScoped
public class TrustedProxies {

    @Inject
    @ConfigProperty(name = "koryu.trusted-proxies")
    Optional<String> proxies;

    private Set<AddressRange> trusted;

    @PostConstruct
    void parse() {
        trusted = parse(proxies.orElse(""));
    }

    static Set<AddressRange> parse(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(AddressRange::parse).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean trusts(Set<AddressRange> trusted, String address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** Whether the browser reached Koryu over https: directly, or as a trusted proxy says. */
    public boolean secure(HttpServletRequest request) {
        return secure(trusted, request.getRemoteAddr(), request.isSecure(), request.getHeader("X-Forwarded-Proto"));
    }

    static boolean secure(Set<AddressRange> trusted, String remoteAddress, boolean direct, String forwardedProto) {
        return direct || trusts(trusted, remoteAddress) && forwardedProto != null
                && "https".equals(last(forwardedProto).toLowerCase(Locale.ROOT));
    }

    /** The address of the client: the one a trusted proxy appended to {@code X-Forwarded-For}, or the connection's. */
    public String clientAddress(HttpServletRequest request) {
        return clientAddress(trusted, request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    static String clientAddress(Set<AddressRange> trusted, String remoteAddress, String forwardedFor) {
        if (trusts(trusted, remoteAddress) && forwardedFor != null && !last(forwardedFor).isEmpty()) {
            return last(forwardedFor);
        }
        return remoteAddress;
    }

    /** The origin ({@code scheme://host[:port]}) the browser sees for this request. */
    public String origin(HttpServletRequest request) {
        String host = trusts(trusted, request.getRemoteAddr()) && request.getHeader("X-Forwarded-Host") != null
                ? last(request.getHeader("X-Forwarded-Host")) : request.getHeader("Host");
        return (secure(request) ? "https" : "http") + "://" + (host == null ? request.getServerName() : host);
    }

    /** The value the nearest proxy added: each proxy appends to these lists. */
    private static String last(String list) {
        return list.substring(list.lastIndexOf(',') + 1).strip();
    }
}
