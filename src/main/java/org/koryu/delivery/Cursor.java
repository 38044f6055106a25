package org.koryu.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.koryu.content.BadParameterException;

/**
 * Where a page of a list ended: the sort key and id of its last item. Opaque to clients
 * (base64url); the next page starts strictly after it, so pages stay stable while content changes.
 */
public record Cursor(String sortKey, long id) {

    /** The read model's sort keys are at most this long (delivery_item.sort_key). */
    static final int MAX_SORT_KEY = 80;

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((id + ":" + sortKey).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            Cursor cursor = new Cursor(text.substring(colon + 1), Long.parseLong(text.substring(0, colon)));
            if (cursor.sortKey.length() > MAX_SORT_KEY) {
                throw new IllegalArgumentException("longer than any sort key");
            }
            return cursor;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new BadParameterException("cursor", "is not a cursor this API gave out; use the 'next' value of a list as it is");
        }
    }
}
