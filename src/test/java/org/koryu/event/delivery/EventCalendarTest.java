package org.koryu.event.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventCalendarTest {

    private static final URI API = URI.create("https://koryu.example/api/v1/");
    private static final List<URI> FETCHED = new CopyOnWriteArrayList<>();
    private static ProxySelector original;

    /** Every HTTP(S) connection the JVM opens asks the default proxy selector first: this one records them. */
    @BeforeAll
    static void recordConnections() {
        original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                FETCHED.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
    }

    @AfterAll
    static void restore() {
        ProxySelector.setDefault(original);
    }

    @Test
    void oneVeventPerDayInTokyoTimeWithItsTimeZone() throws Exception {
        Calendar calendar = parse(EventCalendar.render(List.of(
                Events.event(7, "2023-07-20-market", List.of(Events.day("2023-07-20", "10:00", "14:00"),
                        Events.day("2023-07-21", "10:00", "13:00")))), API, "テスト"));

        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(line(first, Property.DTSTART)).isEqualTo("DTSTART;TZID=Asia/Tokyo:20230720T100000");
        assertThat(line(first, Property.DTEND)).isEqualTo("DTEND;TZID=Asia/Tokyo:20230720T140000");
        assertThat(line(events.get(1), Property.DTEND)).isEqualTo("DTEND;TZID=Asia/Tokyo:20230721T130000");
        assertThat(value(first, Property.UID)).isEqualTo("event-7-2023-07-20@koryu");
        assertThat(value(events.get(1), Property.UID)).isEqualTo("event-7-2023-07-21@koryu");
        assertThat(value(first, Property.LOCATION)).isEqualTo("区役所中杉通り側入口前, 阿佐谷南1-15-1");
        assertThat(value(first, Property.URL)).isEqualTo("https://koryu.example/api/v1/events/2023-07-20-market");
        assertThat(value(first, Property.SUMMARY)).isEqualTo("吾妻の朝市");
        assertThat(value(first, Property.STATUS)).isEqualTo("CONFIRMED");

        List<VTimeZone> zones = calendar.getComponents(VTimeZone.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Asia/Tokyo");
        assertThat(zones.get(0).toString()).contains("TZOFFSETTO:+0900");
        assertThat(FETCHED).as("time zone data comes from the jar, never from the network").isEmpty();
    }

    @Test
    void aMovedDayKeepsItsUidAndRaisesTheSequenceACancelledOneSaysSo() throws Exception {
        Calendar calendar = parse(EventCalendar.render(List.of(
                Events.event(8, "moved", List.of(Events.occurrence("2023-07-20", "10:00", "14:00", "cancelled", null),
                        Events.occurrence("2023-07-27", "10:00", "14:00", "moved", "2023-07-13")))), API, "テスト"));

        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(value(events.get(0), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(events.get(0), Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(events.get(1), Property.UID)).isEqualTo("event-8-2023-07-13@koryu");
        assertThat(value(events.get(1), Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(events.get(1), Property.DESCRIPTION)).startsWith("2023-07-13から延期");
    }

    @Test
    void anAllDayOccurrenceIsADate() throws Exception {
        Calendar calendar = parse(EventCalendar.render(List.of(
                Events.event(9, "all-day", List.of(Events.day("2023-09-19", null, null)))), API, "テスト"));

        VEvent event = calendar.<VEvent>getComponents(VEvent.VEVENT).get(0);
        assertThat(line(event, Property.DTSTART)).isEqualTo("DTSTART;VALUE=DATE:20230919");
        assertThat(line(event, Property.DTEND)).isEqualTo("DTEND;VALUE=DATE:20230920");
    }

    @Test
    void aFeedOfEveryKindOfDayPassesAStrictParserWithOneDtstampPerEvent() throws Exception {
        byte[] ics = EventCalendar.render(List.of(
                Events.event(7, "2023-07-20-market", List.of(Events.day("2023-07-20", "10:00", "14:00"),
                        Events.day("2023-07-21", null, null))),
                Events.event(8, "moved", List.of(Events.occurrence("2023-07-20", "10:00", "14:00", "cancelled", null),
                        Events.occurrence("2023-07-27", "10:00", "14:00", "moved", "2023-07-13")))), API, "テスト");

        Calendar calendar = StrictICalendar.parseAndValidate(new String(ics, StandardCharsets.UTF_8));
        assertThat(calendar.<VEvent>getComponents(VEvent.VEVENT)).hasSize(4)
                .allSatisfy(e -> assertThat(e.getProperties(Property.DTSTAMP)).hasSize(1));
    }

    private static Calendar parse(byte[] ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }

    private static String line(VEvent event, String property) {
        return event.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).toString().strip();
    }
}
