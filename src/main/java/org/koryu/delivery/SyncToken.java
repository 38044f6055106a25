package org.koryu.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.koryu.content.BadParameterException;

/**
 * A position in the sync feed: the read-model version and item id of the last change handed out.
 * Stored in the database's order of commits, so a token stays valid across restarts and instances.
 */
public record SyncToken(long seq, long itemId) {

    public static final SyncToken START = new SyncToken(0, 0);

    public boolean isStart() {
        return seq == 0 && itemId == 0;
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("s" + seq + ":" + itemId).getBytes(StandardCharsets.UTF_8));
    }

    public static SyncToken decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!text.startsWith("s")) {
                throw new IllegalArgumentException();
            }
            int colon = text.indexOf(':');
            SyncToken t = new SyncToken(Long.parseLong(text.substring(1, colon)), Long.parseLong(text.substring(colon + 1)));
            if (t.seq < 0 || t.itemId < 0) {
                throw new IllegalArgumentException();
            }
            return t;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new BadParameterException("token", "is not a sync token this API gave out; start without a token "
                    + "to receive everything, then pass each answer's 'nextToken'");
        }
    }
}
