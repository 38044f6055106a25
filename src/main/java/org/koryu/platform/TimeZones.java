package org.koryu.platform;

import java.time.ZoneId;

/** The ward's time zone: every date and time of content is local to Tokyo. */
public final class TimeZones {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private TimeZones() {
    }
}
