package org.koryu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final Set<AddressRange> trusted = TrustedProxies.parse(" 10.0.0.5, ::1 , 172.16.0.0/12,");

    @Test
    void addressesAndRangesAreTrusted() {
        assertThat(TrustedProxies.secure(trusted, "0:0:0:0:0:0:0:1", false, "https")).isTrue();
        assertThat(TrustedProxies.secure(trusted, "172.31.255.1", false, "https")).isTrue();
        assertThat(TrustedProxies.secure(trusted, "172.32.0.1", false, "https")).isFalse();
        assertThat(TrustedProxies.secure(trusted, "10.0.0.6", false, "https")).isFalse();
        assertThat(TrustedProxies.parse("")).isEmpty();
    }

    @Test
    void aHostNameIsNeverTrusted() {
        assertThat(TrustedProxies.secure(TrustedProxies.parse("0.0.0.0/0"), "localhost", false, "https")).isFalse();
    }

    @Test
    void onlyATrustedProxyMaySayTheBrowserUsedHttps() {
        assertThat(TrustedProxies.secure(trusted, "10.0.0.5", false, "https")).isTrue();
        assertThat(TrustedProxies.secure(trusted, "10.0.0.5", false, "http, https")).isTrue();
        assertThat(TrustedProxies.secure(trusted, "10.0.0.5", false, "http")).isFalse();
        assertThat(TrustedProxies.secure(trusted, "203.0.113.9", false, "https")).isFalse();
        assertThat(TrustedProxies.secure(trusted, "203.0.113.9", true, null)).isTrue();
    }

    @Test
    void theClientAddressIsTheOneTheTrustedProxySaw() {
        assertThat(TrustedProxies.clientAddress(trusted, "10.0.0.5", "1.2.3.4, 198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(TrustedProxies.clientAddress(trusted, "203.0.113.9", "198.51.100.7")).isEqualTo("203.0.113.9");
        assertThat(TrustedProxies.clientAddress(trusted, "10.0.0.5", null)).isEqualTo("10.0.0.5");
    }
}
