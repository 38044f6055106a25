package org.koryu.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

/**
 * A delivery answer ready to send: its bytes, media type, strong ETag (a hash of the bytes, so equal
 * bytes give equal tags whichever instance answers) and the time its content last changed.
 */
public record CachedAnswer(byte[] body, String mediaType, String etag, Instant lastModified) {

    public static CachedAnswer of(byte[] body, String mediaType, Instant lastModified) {
        return new CachedAnswer(body, mediaType, etagOf(body, mediaType), lastModified);
    }

    static String etagOf(byte[] body, String mediaType) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(mediaType.getBytes(StandardCharsets.UTF_8));
            byte[] hash = sha.digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
