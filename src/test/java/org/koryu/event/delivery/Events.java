package org.koryu.event.delivery;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.koryu.content.LocalizedText;
import org.koryu.event.EventDocument;
import org.koryu.event.EventDocument.OccurrenceDocument;
import org.koryu.event.ImageContent;
import org.koryu.platform.TimeZones;

/** Published event documents as the read model stores them, for tests of the formats derived from them. */
final class Events {

    static final OffsetDateTime UPDATED = OffsetDateTime.parse("2023-06-01T09:30:00+09:00");

    private Events() {
    }

    static OccurrenceDocument day(String date, String start, String end) {
        return occurrence(date, start, end, "scheduled", null);
    }

    static OccurrenceDocument occurrence(String date, String start, String end, String status, String movedFrom) {
        LocalDate d = LocalDate.parse(date);
        return new OccurrenceDocument(date, start, end, status, movedFrom,
                start == null ? null : d.atTime(LocalTime.parse(start)).atZone(TimeZones.TOKYO).toOffsetDateTime(),
                end == null ? null : d.atTime(LocalTime.parse(end)).atZone(TimeZones.TOKYO).toOffsetDateTime());
    }

    static EventDocument event(long id, String slug, List<OccurrenceDocument> days) {
        return new EventDocument("event", id, slug, new LocalizedText("吾妻の朝市", "Agatsuma morning market"), "morning_market", "朝市",
                new EventDocument.MunicipalitySummary("higashiagatsuma", "東吾妻町", "群馬県"),
                new EventDocument.VenueSummary("ward-office-nakasugi-entrance", "区役所中杉通り側入口前", "阿佐谷南1-15-1"),
                List.of(), days, "7月20日(木) 10:00～14:00", null, "※雨天中止", "<p>新鮮な野菜</p>",
                List.of(new ImageContent("/media/market.jpg", "野菜の並ぶ屋台", null)), UPDATED, UPDATED);
    }
}
