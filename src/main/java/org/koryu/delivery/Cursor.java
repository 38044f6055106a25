package org.koryu.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.koryu.content.BadParameterException;

/**
 * Where a page of a list ended: the sort key and id of its last item. Opaque to clients
 * (base64url); the next page starts strictly after it, so pages stay stable while content changes.
 */
public record Cursor(String sortKey, long id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((id + ":" + sortKey).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return new Cursor(text.substring(colon + 1), Long.parseLong(text.substring(0, colon)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new BadParameterException("cursor", "is not a cursor this API gave out; use the 'next' value of a list as it is");
        }
    }
}
