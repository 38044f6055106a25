package org.koryu.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The ward's time zone: every date and time of content is local to Tokyo. */
public final class TimeZones {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** An instant as Tokyo wall-clock time with its offset, to the second, as the API shows instants. */
    public static OffsetDateTime tokyo(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).atZone(TOKYO).toOffsetDateTime();
    }

    private TimeZones() {
    }
}
