package org.koryu.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.koryu.content.BadParameterException;

class CursorAndTokenTest {

    @Test
    void cursorsRoundTripWithAnySortKey() {
        Cursor c = new Cursor("2023-09-19 08:30", 42);
        assertThat(Cursor.decode(c.encode())).isEqualTo(c);
        Cursor colon = new Cursor("a:b:c", 7);
        assertThat(Cursor.decode(colon.encode())).isEqualTo(colon);
    }

    @Test
    void aForeignCursorNamesTheParameter() {
        assertThatThrownBy(() -> Cursor.decode("not-a-cursor!"))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("cursor"));
        assertThatThrownBy(() -> Cursor.decode("eHl6")).isInstanceOf(BadParameterException.class);
    }

    @Test
    void syncTokensRoundTripAndRejectForgeries() {
        SyncToken t = new SyncToken(12, 345);
        assertThat(SyncToken.decode(t.encode())).isEqualTo(t);
        assertThat(SyncToken.START.isStart()).isTrue();
        assertThatThrownBy(() -> SyncToken.decode("garbage"))
                .isInstanceOfSatisfying(BadParameterException.class, e -> assertThat(e.parameter()).isEqualTo("token"));
        assertThatThrownBy(() -> SyncToken.decode(java.util.Base64.getUrlEncoder().encodeToString("s-1:2".getBytes())))
                .isInstanceOf(BadParameterException.class);
    }
}
