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
}
