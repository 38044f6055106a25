package org.koryu.editor;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.koryu.platform.TimeZones;

/** Instants as the ward's staff read them: Tokyo wall-clock time to the minute, e.g. {@code 2023-09-19 09:30}. */
@Named("tokyoTime")
@ApplicationScoped
public class TokyoTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TimeZones.TOKYO);

    public String of(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
