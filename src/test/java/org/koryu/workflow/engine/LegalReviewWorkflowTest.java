package org.koryu.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A workflow with a second review step (a legal check after the supervisor's approval), declared
 * in a file only: the engine walks an item through it without any Java change.
 */
class LegalReviewWorkflowTest {

    private static final Instant NOW = Instant.parse("2023-06-01T00:00:00Z");
    private final Workflow workflow = Workflows.load(Path.of("src/test/resources/workflow-samples/legal-review.properties"));

    @Test
    void anItemPassesBothReviewsBeforePublication() {
        Actor editor = new Actor("editor", Set.of("editor"));
        Actor supervisor = new Actor("supervisor", Set.of("supervisor"));
        Actor legal = new Actor("admin", Set.of("admin"));
        String state = "draft";

        state = workflow.decide(TransitionRequest.of("submit"), editor, new WorkflowItem(state, 1, "editor", false), NOW).to();
        assertThat(state).isEqualTo("in_review");

        Decision approval = workflow.decide(new TransitionRequest("approve", null, null, 1), supervisor,
                new WorkflowItem(state, 1, "editor", false), NOW);
        assertThat(approval.to()).isEqualTo("legal_check");
        assertThat(approval.effect()).as("the first approval publishes nothing").isEqualTo(Effect.NONE);
        state = approval.to();

        WorkflowItem inLegalCheck = new WorkflowItem(state, 1, "editor", false);
        assertThatThrownBy(() -> workflow.decide(new TransitionRequest("clear", null, null, 1), supervisor, inLegalCheck, NOW))
                .as("only the legal check (admin) clears").isInstanceOf(TransitionNotAllowedException.class);
        Decision cleared = workflow.decide(new TransitionRequest("clear", null, null, 1), legal, inLegalCheck, NOW);
        assertThat(cleared.to()).isEqualTo("published");
        assertThat(cleared.effect()).isEqualTo(Effect.PUBLISH);
    }

    @Test
    void theLegalCheckCanSendBackAndSavingDuringItReturnsToReview() {
        Actor legal = new Actor("admin", Set.of("admin"));
        WorkflowItem inLegalCheck = new WorkflowItem("legal_check", 2, "editor", false);
        assertThat(workflow.decide(new TransitionRequest("reject", "著作権の確認が必要", null, 2), legal, inLegalCheck, NOW).to())
                .isEqualTo("draft");
        assertThat(workflow.stateAfterSave("legal_check")).isEqualTo("in_review");
    }
}
