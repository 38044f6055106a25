package org.koryu.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.koryu.content.ContentJson;
import org.koryu.content.FieldName;
import org.koryu.content.FieldPair;
import org.koryu.content.LocalizedText;
import org.koryu.content.ReadableDiff;
import org.koryu.content.ReadableField;
import org.koryu.content.ReadableNames;

/** An event as its reviewer reads it: labelled fields, names instead of slugs, the days as the ward's line. */
class EventReadableTest {

    /** Names as the editor has them: venue and municipality names, the Japanese texts of kinds. */
    private static final ReadableNames NAMES = new ReadableNames() {
        private final Map<String, String> items = Map.of("oshino", "忍野村", "ward-office-gallery", "区役所ギャラリー",
                "ward-office-nakasugi-entrance", "区役所中杉通り側入口前");

        @Override
        public String item(String type, String slug) {
            return items.getOrDefault(slug, slug);
        }

        @Override
        public String text(String key) {
            return Map.of("kind.photo_exhibition", "写真展").getOrDefault(key, key);
        }
    };

    private static EventContent event(String title, List<OccurrenceContent> days) {
        return new EventContent(new LocalizedText(title, null), "photo_exhibition", "oshino", "ward-office-gallery",
                List.of("ward-office-nakasugi-entrance"), days, null, "※雨天決行", "<p>写真の<b>展示</b></p>", List.of());
    }

    private static final List<OccurrenceContent> DAYS = List.of(
            new OccurrenceContent("2032-07-03", "10:00", "16:00", "scheduled", null),
            new OccurrenceContent("2032-07-04", "10:00", "16:00", "scheduled", null));

    @Test
    void anEventReadsWithLabelsNamesAndTheWardsScheduleLine() {
        List<ReadableField> fields = new EventType().readable(event("忍野村写真展", DAYS), NAMES);
        assertThat(fields).contains(
                new ReadableField("event.titleJa", "忍野村写真展"),
                new ReadableField("event.kind", "写真展"),
                new ReadableField("event.municipality", "忍野村"),
                new ReadableField("event.venue", "区役所ギャラリー"),
                new ReadableField("event.additionalVenues", "区役所中杉通り側入口前"),
                new ReadableField("event.schedule", "7月3日(土)～4日(日) 10:00～16:00"),
                new ReadableField("event.description", "写真の 展示"));
        assertThat(fields).extracting(ReadableField::value).noneMatch(v -> v != null && v.matches(".*(\\[\\d]|\"|scheduled|oshino).*"));
    }

    @Test
    void aTitleOnlyChangeIsTheOnlyChangedField() {
        // Stored and read back, as the review reads both revisions.
        EventContent live = ContentJson.read(ContentJson.write(event("忍野村写真展 旧題", DAYS)), EventContent.class);
        EventContent submitted = ContentJson.read(ContentJson.write(event("忍野村写真展 新題", DAYS)), EventContent.class);
        List<FieldPair> rows = ReadableDiff.sideBySide(new EventType().readable(live, NAMES), new EventType().readable(submitted, NAMES));
        assertThat(rows).filteredOn(FieldPair::changed).containsExactly(
                new FieldPair("event.titleJa", "忍野村写真展 旧題", "忍野村写真展 新題", true));
    }

    @Test
    void aFaultOnADayIsNamedByTheTableRowAndColumn() {
        assertThat(new EventType().fieldName("occurrences[1].end")).isEqualTo(new FieldName("event.days", 2, "event.end"));
        assertThat(new EventType().fieldName("title.ja")).isEqualTo(FieldName.of("event.titleJa"));
        assertThat(new EventType().fieldName("additionalVenues[0]")).isEqualTo(FieldName.of("event.additionalVenues"));
    }
}
