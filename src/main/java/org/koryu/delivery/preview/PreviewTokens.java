package org.koryu.delivery.preview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotAuthorizedException;

import org.koryu.content.BadParameterException;
import org.koryu.content.ContentNotFoundException;

/** Issues, checks and revokes preview tokens. */
@ApplicationScoped
@Transactional
public class PreviewTokens {

    static final String MARK = "kpv_";
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
    static final Duration MAX_LIFETIME = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A token just issued: the secret is in this answer only. */
    public record Issued(PreviewToken token, String secret) {
    }

    public Issued issue(String admin, String note, Integer lifetimeMinutes) {
        Duration lifetime = lifetimeMinutes == null ? DEFAULT_LIFETIME : Duration.ofMinutes(lifetimeMinutes);
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new BadParameterException("expiresInMinutes", "must be from 1 to " + MAX_LIFETIME.toMinutes()
                    + " (7 days); a preview token is for reviewing drafts, not for lasting access");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        PreviewToken token = new PreviewToken(hash(secret), secret.substring(0, 10),
                note == null || note.isBlank() ? "preview" : note.strip(), admin, now, now.plus(lifetime));
        em.persist(token);
        return new Issued(token, secret);
    }

    /** Checks a secret a request presents; refused (401) when missing, unknown, expired or revoked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PreviewToken check(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new NotAuthorizedException("Previews need a preview token (header 'Preview-Token' or parameter "
                    + "'previewToken'), issued by an admin at POST /api/v1/manage/preview-tokens", "Preview-Token");
        }
        PreviewToken token = em.createQuery("SELECT t FROM PreviewToken t WHERE t.tokenHash = :hash", PreviewToken.class)
                .setParameter("hash", hash(secret.strip())).getResultStream().findFirst()
                .orElseThrow(() -> new NotAuthorizedException("The preview token is unknown", "Preview-Token"));
        if (!token.validAt(clock.instant())) {
            throw new NotAuthorizedException("The preview token " + (token.revokedAt() != null ? "was revoked" : "expired at "
                    + token.expiresAt()) + "; ask an admin for a new one", "Preview-Token");
        }
        return token;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PreviewToken> all() {
        return em.createQuery("SELECT t FROM PreviewToken t ORDER BY t.createdAt DESC", PreviewToken.class).getResultList();
    }

    public void revoke(long id) {
        PreviewToken token = em.find(PreviewToken.class, id);
        if (token == null) {
            throw new ContentNotFoundException("No preview token " + id);
        }
        token.revoke(clock.instant());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
