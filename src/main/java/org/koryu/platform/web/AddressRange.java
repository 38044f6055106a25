package org.koryu.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * One address ({@code 10.0.0.5}) or range ({@code 10.0.0.0/8}, {@code fd00::/8}) of IPv4 or IPv6.
 * Only literal addresses are read: no name is ever looked up.
 */
record AddressRange(byte[] network, int prefix) {

    static AddressRange parse(String text) {
        int slash = text.indexOf('/');
        byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("Not an IP address or range: " + text);
        }
        int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1).strip());
        if (prefix < 0 || prefix > address.length * 8) {
            throw new IllegalArgumentException("Not an IP address or range: " + text);
        }
        return new AddressRange(address, prefix);
    }

    boolean contains(String text) {
        byte[] address = literal(text);
        if (address == null || address.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** The address's bytes, or null when the text is not a literal IP address (a host name is never resolved). */
    private static byte[] literal(String text) {
        String t = text.strip();
        boolean ipv4 = t.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = t.contains(":") && t.matches("[0-9A-Fa-f:.%a-zA-Z]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(t).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressRange r && r.prefix == prefix && Arrays.equals(r.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        return Arrays.toString(network) + "/" + prefix;
    }
}
