package org.koryu.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.koryu.content.ContentCode;
import org.koryu.content.Fault;
import org.koryu.importer.ImportCode;
import org.koryu.importer.ImportProblem;
import org.koryu.importer.ImportResult;
import org.koryu.importer.ImportedEvent;

class DraftBatchesTest {

    private static ImportedEvent event(int line, Long createdId) {
        return new ImportedEvent(line, "朝市 " + line, "morning_market", "朝市", "higashiagatsuma", "ward-office-nakasugi-entrance",
                List.of(), List.of(), "20日 10:00～14:00", "7月20日(木) 10:00～14:00", null, createdId);
    }

    @Test
    void takesTheLinesAFewAtATimeUntilNoneIsLeft() {
        DraftBatches batches = new DraftBatches(List.of(3, 8, 12, 17, 21), List.of());

        assertThat(batches.getPercent()).isZero();
        assertThat(batches.next()).containsExactly(3, 8, 12);
        assertThat(batches.getPercent()).isEqualTo(60);
        assertThat(batches.isDone()).isFalse();
        assertThat(batches.next()).containsExactly(17, 21);
        assertThat(batches.isDone()).isTrue();
        assertThat(batches.getPercent()).isEqualTo(100);
        assertThat(batches.next()).isEmpty();
    }

    @Test
    void nothingToCreateIsDoneAtOnce() {
        DraftBatches batches = new DraftBatches(List.of(), List.of());

        assertThat(batches.isDone()).isTrue();
        assertThat(batches.getPercent()).isEqualTo(100);
    }

    @Test
    void keepsEachBatchsEventsAndOnlyTheProblemsNotKnownBefore() {
        ImportProblem typo = ImportProblem.warning(10, ImportCode.NO_VENUE);
        ImportProblem refused = ImportProblem.error(8, ImportCode.NOT_CREATED, "notes", Fault.of(ContentCode.TOO_LONG, 2000));
        DraftBatches batches = new DraftBatches(List.of(3, 8), List.of(typo));
        batches.next();

        batches.record(new ImportResult(List.of(event(3, 41L), event(8, null)), List.of(refused, typo), List.of()));

        assertThat(batches.getCreated()).extracting(ImportedEvent::line).containsExactly(3);
        assertThat(batches.getNotCreated()).extracting(ImportedEvent::line).containsExactly(8);
        assertThat(batches.getProblems()).containsExactly(typo, refused);
    }
}
