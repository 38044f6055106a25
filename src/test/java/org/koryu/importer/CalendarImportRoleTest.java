package org.koryu.importer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.koryu.workflow.engine.Actor;
import org.koryu.workflow.engine.TransitionNotAllowedException;

/** Drafts come from a calendar only at an editor's hand, whatever page or client asks. */
class CalendarImportRoleTest {

    private static final String CALENDAR = "7月\n物産展 吾妻の朝市\n日時 20日 10:00～14:00\n場所 区役所中杉通り側入口前";
    private static final Actor SUPERVISOR = new Actor("supervisor", Set.of("supervisor", "admin"));

    @Test
    void aSupervisorCannotCreateDrafts() {
        // No container: the refusal comes before anything is read or stored.
        CalendarImport calendar = new CalendarImport();

        assertThatThrownBy(() -> calendar.createDrafts(CALENDAR, 2023, Map.of(), SUPERVISOR))
                .isInstanceOf(TransitionNotAllowedException.class).hasMessageContaining("editor");
        assertThatThrownBy(() -> calendar.createDrafts(CALENDAR, 2023, Map.of(), Set.of(2), SUPERVISOR))
                .isInstanceOf(TransitionNotAllowedException.class).hasMessageContaining("editor");
    }
}
