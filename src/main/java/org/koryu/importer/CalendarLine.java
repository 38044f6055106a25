package org.koryu.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a calendar text, stripped of surrounding spaces (pages end lines with two spaces as
 * markdown line breaks) and told apart by its shape. {@code label} and {@code value} split the
 * line where that makes sense: 日時 / 場所 and the text after them, kind and title of an event
 * line, ※ and the note after it; they are null for other types.
 */
record CalendarLine(int number, Type type, String text, String label, String value) {

    enum Type {
        BLANK,
        /** The イベントカレンダー heading that starts the calendar on a whole page. */
        CALENDAR_START,
        MONTH,
        SCHEDULE,
        PLACE,
        NOTE,
        /** "kind title", e.g. 物産展 吾妻の朝市. */
        EVENT,
        OTHER
    }

    static final String CALENDAR_START_TEXT = "イベントカレンダー";
    static final String SCHEDULE_LABEL = "日時";
    static final String PLACE_LABEL = "場所";

    private static final Pattern LABELLED = Pattern.compile("(日時|場所)[\\s\u3000:：]*(.*)");
    private static final Pattern EVENT = Pattern.compile("([^\\s\u3000]+)[\\s\u3000]+(.+)");

    static CalendarLine of(int number, String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return new CalendarLine(number, Type.BLANK, text, null, null);
        }
        if (text.equals(CALENDAR_START_TEXT)) {
            return new CalendarLine(number, Type.CALENDAR_START, text, null, null);
        }
        if (MonthHeading.parse(text).isPresent()) {
            return new CalendarLine(number, Type.MONTH, text, null, null);
        }
        if (text.startsWith("※")) {
            return new CalendarLine(number, Type.NOTE, text, "※", text.substring(1).strip());
        }
        Matcher labelled = LABELLED.matcher(text);
        if (labelled.matches()) {
            Type type = labelled.group(1).equals(SCHEDULE_LABEL) ? Type.SCHEDULE : Type.PLACE;
            return new CalendarLine(number, type, text, labelled.group(1), labelled.group(2).strip());
        }
        Matcher event = EVENT.matcher(text);
        if (event.matches()) {
            return new CalendarLine(number, Type.EVENT, text, event.group(1), event.group(2).strip());
        }
        return new CalendarLine(number, Type.OTHER, text, null, null);
    }
}
