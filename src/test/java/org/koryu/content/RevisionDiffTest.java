package org.koryu.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    @Test
    void reportsChangedLeavesByPath() {
        List<FieldChange> changes = RevisionDiff.between(
                "{\"title\":{\"ja\":\"吾妻の朝市\",\"en\":null},\"kind\":\"products_fair\",\"days\":[{\"end\":\"14:00\"}]}",
                "{\"title\":{\"ja\":\"吾妻の朝市\",\"en\":\"Market\"},\"kind\":\"products_fair\",\"days\":[{\"end\":\"13:00\"}]}");
        assertThat(changes).extracting(FieldChange::field).containsExactly("title.en", "days[0].end");
        assertThat(changes.get(1).from()).isEqualTo(Json.createValue("14:00"));
        assertThat(changes.get(1).to()).isEqualTo(Json.createValue("13:00"));
    }

    @Test
    void aListThatChangedLengthIsOneChange() {
        List<FieldChange> changes = RevisionDiff.between("{\"days\":[1,2]}", "{\"days\":[1,2,3]}");
        assertThat(changes).extracting(FieldChange::field).containsExactly("days");
    }

    @Test
    void identicalRevisionsHaveNoChanges() {
        assertThat(RevisionDiff.between("{\"a\":[1,{\"b\":2}]}", "{\"a\":[1,{\"b\":2}]}")).isEmpty();
    }

    @Test
    void sideBySideListsEveryFieldOnceAndMarksTheChangedOnes() {
        var rows = RevisionDiff.sideBySide("""
                {"title": {"ja": "おぢやフェア", "en": null}, "venue": "a", "occurrences": [{"date": "2023-09-19"}]}""", """
                {"title": {"ja": "おぢやフェア"}, "venue": "b", "occurrences": [{"date": "2023-09-19"}, {"date": "2023-09-20"}],
                 "notes": "※雨天中止"}""");
        assertThat(rows).containsExactly(
                new FieldPair("title.ja", "おぢやフェア", "おぢやフェア", false),
                new FieldPair("venue", "a", "b", true),
                new FieldPair("occurrences[0].date", "2023-09-19", "2023-09-19", false),
                new FieldPair("occurrences[1].date", null, "2023-09-20", true),
                new FieldPair("notes", null, "※雨天中止", true));
    }

    @Test
    void withNothingLiveEveryFieldIsNew() {
        assertThat(RevisionDiff.sideBySide(null, "{\"title\": {\"ja\": \"新\"}}"))
                .containsExactly(new FieldPair("title.ja", null, "新", true));
    }

    @Test
    void aTitleOnlyChangeOfAStoredEventIsTheOnlyChangedRow() {
        var live = new org.koryu.event.EventContent(new LocalizedText("忍野村写真展 旧題", null), "photo_exhibition", "oshino",
                "ward-office-gallery", List.of(), List.of(new org.koryu.event.OccurrenceContent("2032-07-03", "10:00", "16:00",
                "scheduled", null)), null, "※雨天決行", null, List.of());
        var submitted = new org.koryu.event.EventContent(new LocalizedText("忍野村写真展 新題", null), live.kind(),
                live.municipality(), live.venue(), live.additionalVenues(), live.occurrences(), null, live.notes(), null, List.of());
        assertThat(RevisionDiff.sideBySide(ContentJson.write(live), ContentJson.write(submitted)))
                .filteredOn(FieldPair::changed).extracting(FieldPair::field).containsExactly("title.ja");
    }
}
