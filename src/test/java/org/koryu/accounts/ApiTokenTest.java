package org.koryu.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant ISSUED = Instant.parse("2031-04-01T00:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2031-05-01T15:00:00Z");

    @Test
    void aTokenWithoutExpiryWorksUntilRevoked() {
        ApiToken token = new ApiToken(1, "ward website", "hash", "kor_abcdef", ISSUED, null);
        assertThat(token.status(ISSUED.plusSeconds(86_400L * 3650))).isEqualTo(ApiToken.Status.ACTIVE);
        token.revoke(ISSUED.plusSeconds(60));
        assertThat(token.activeAt(ISSUED.plusSeconds(61))).isFalse();
        assertThat(token.status(ISSUED.plusSeconds(61))).isEqualTo(ApiToken.Status.REVOKED);
    }

    @Test
    void aTokenStopsWorkingAtItsExpiryInstant() {
        ApiToken token = new ApiToken(1, "campaign site", "hash", "kor_abcdef", ISSUED, EXPIRES);
        assertThat(token.activeAt(EXPIRES.minusMillis(1))).isTrue();
        assertThat(token.activeAt(EXPIRES)).isFalse();
        assertThat(token.status(EXPIRES).key()).isEqualTo("expired");
    }

    @Test
    void revokedWinsOverExpired() {
        ApiToken token = new ApiToken(1, "campaign site", "hash", "kor_abcdef", ISSUED, EXPIRES);
        token.revoke(ISSUED.plusSeconds(5));
        assertThat(token.status(EXPIRES.plusSeconds(5))).isEqualTo(ApiToken.Status.REVOKED);
    }
}
