package org.koryu.event.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Reads a feed as a strict client would: ical4j with every relaxed or compatibility hint off,
 * then ical4j's RFC 5545 validation of the whole calendar, and, independently of ical4j's own
 * object model, a count of DTSTAMP lines in each VEVENT of the raw text (RFC 5545 3.6.1: exactly one).
 */
public final class StrictICalendar {

    private static final Pattern VEVENT = Pattern.compile("BEGIN:VEVENT\r\n(.*?)END:VEVENT\r\n", Pattern.DOTALL);

    private StrictICalendar() {
    }

    public static Calendar parseAndValidate(String ics) throws Exception {
        for (String hint : List.of(CompatibilityHints.KEY_RELAXED_PARSING, CompatibilityHints.KEY_RELAXED_UNFOLDING,
                CompatibilityHints.KEY_RELAXED_VALIDATION, CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY,
                CompatibilityHints.KEY_NOTES_COMPATIBILITY, CompatibilityHints.KEY_VCARD_COMPATIBILITY)) {
            CompatibilityHints.setHintEnabled(hint, false);
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as("ical4j strict validation: %s", result).isFalse();
        Matcher vevent = VEVENT.matcher(ics);
        int events = 0;
        while (vevent.find()) {
            events++;
            assertThat(vevent.group(1).lines().filter(l -> l.startsWith("DTSTAMP:") || l.startsWith("DTSTAMP;")).count())
                    .as("DTSTAMP lines in VEVENT %d", events).isEqualTo(1);
        }
        assertThat(events).as("VEVENTs in the raw text").isEqualTo(calendar.getComponents("VEVENT").size());
        return calendar;
    }
}
