package org.koryu.delivery.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class PreviewTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-11-29T00:00:00Z");
    private static final Instant EXPIRES = ISSUED.plusSeconds(3600);

    private static PreviewToken token() {
        return new PreviewToken(PreviewTokens.hash("kpv_secret"), "kpv_secret", "staging", "admin", ISSUED, EXPIRES);
    }

    @Test
    void validUntilItExpires() {
        PreviewToken token = token();
        assertThat(token.validAt(ISSUED)).isTrue();
        assertThat(token.validAt(EXPIRES.minusSeconds(1))).isTrue();
        assertThat(token.validAt(EXPIRES)).isFalse();
        assertThat(token.validAt(EXPIRES.plusSeconds(86_400))).isFalse();
    }

    @Test
    void aRevokedTokenIsNeverValidAgain() {
        PreviewToken token = token();
        token.revoke(ISSUED.plusSeconds(60));
        assertThat(token.validAt(ISSUED.plusSeconds(120))).isFalse();
        token.revoke(ISSUED.plusSeconds(600));
        assertThat(token.revokedAt()).as("the first revocation counts").isEqualTo(ISSUED.plusSeconds(60));
    }

    @Test
    void onlyTheHashIsKeptAndItIsStable() {
        assertThat(PreviewTokens.hash("kpv_secret")).hasSize(64).isEqualTo(PreviewTokens.hash("kpv_secret"))
                .isNotEqualTo(PreviewTokens.hash("kpv_secreT"));
    }
}
