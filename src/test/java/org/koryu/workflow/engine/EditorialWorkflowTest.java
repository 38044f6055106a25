package org.koryu.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every transition and guard of the default editorial workflow, as declared in workflow/editorial.properties. */
class EditorialWorkflowTest {

    private static final Instant NOW = Instant.parse("2023-09-01T00:00:00Z");
    private static final Actor EDITOR = new Actor("editor", Set.of("editor"));
    private static final Actor EDITOR2 = new Actor("editor2", Set.of("editor"));
    private static final Actor SUPERVISOR = new Actor("supervisor", Set.of("supervisor"));
    private static final Actor ADMIN = new Actor("admin", Set.of("admin"));

    private final Workflow workflow = Workflows.editorial();

    private static WorkflowItem item(String state, String author, boolean live) {
        return new WorkflowItem(state, 3, author, live);
    }

    /** A decision on the revision under review (3), as the reviewer names it. */
    private static TransitionRequest reviewed(String transition) {
        return new TransitionRequest(transition, null, null, 3);
    }

    @Test
    void submitMovesADraftIntoReview() {
        Decision d = workflow.decide(TransitionRequest.of("submit"), EDITOR, item("draft", "editor", false), NOW);
        assertThat(d.to()).isEqualTo("in_review");
        assertThat(d.effect()).isEqualTo(Effect.NONE);
        assertThat(d.revision()).isEqualTo(3);
    }

    @Test
    void submitIsOnlyPossibleFromDraft() {
        assertThatThrownBy(() -> workflow.decide(TransitionRequest.of("submit"), EDITOR, item("published", "editor", true), NOW))
                .isInstanceOf(TransitionNotPossibleException.class)
                .hasMessageContaining("not possible in state 'published'")
                .satisfies(e -> refusedFor(e, WorkflowException.Reason.NOT_IN_STATE, "submit", "published"));
    }

    @Test
    void approvePublishesTheRevisionUnderReview() {
        Decision d = workflow.decide(reviewed("approve"), SUPERVISOR, item("in_review", "editor", false), NOW);
        assertThat(d.to()).isEqualTo("published");
        assertThat(d.effect()).isEqualTo(Effect.PUBLISH);
        assertThat(d.scheduled()).isFalse();
    }

    @Test
    void nobodyApprovesTheirOwnRevisionNotEvenAnAdmin() {
        var supervisorAuthor = new Actor("supervisor", Set.of("supervisor"));
        assertThatThrownBy(() -> workflow.decide(reviewed("approve"), supervisorAuthor,
                item("in_review", "supervisor", false), NOW))
                .isInstanceOf(TransitionNotAllowedException.class)
                .hasMessageContaining("supervisor wrote revision 3")
                .satisfies(e -> refusedFor(e, WorkflowException.Reason.NOT_AUTHOR, "supervisor", 3));
        assertThatThrownBy(() -> workflow.decide(reviewed("approve"), ADMIN, item("in_review", "admin", false), NOW))
                .isInstanceOf(TransitionNotAllowedException.class);
        assertThat(workflow.decide(reviewed("approve"), ADMIN, item("in_review", "editor", false), NOW).to())
                .isEqualTo("published");
    }

    @Test
    void editorsCannotApprove() {
        assertThatThrownBy(() -> workflow.decide(reviewed("approve"), EDITOR2, item("in_review", "editor", false), NOW))
                .isInstanceOf(TransitionNotAllowedException.class)
                .hasMessageContaining("needs the role")
                .isInstanceOfSatisfying(WorkflowException.class, e -> {
                    assertThat(e.reason()).isEqualTo(WorkflowException.Reason.ROLE_MISSING);
                    assertThat(e.arguments()).hasSize(2).startsWith("editor2");
                    assertThat((String) e.arguments()[1]).as("the roles, in any order").contains("supervisor", " or ", "admin");
                });
    }

    @Test
    void anApprovalNamingAnOlderRevisionIsRefused() {
        var request = new TransitionRequest("approve", null, null, 2);
        assertThatThrownBy(() -> workflow.decide(request, SUPERVISOR, item("in_review", "editor", false), NOW))
                .isInstanceOf(TransitionNotPossibleException.class)
                .hasMessageContaining("revision 3 was saved after revision 2")
                .satisfies(e -> refusedFor(e, WorkflowException.Reason.REVISION_OUTDATED, 3, 2));
    }

    @Test
    void approveAndRejectMustNameTheRevisionTheyDecideOn() {
        for (String transition : new String[] {"approve", "reject"}) {
            assertThatThrownBy(() -> workflow.decide(new TransitionRequest(transition, "理由", null, null), SUPERVISOR,
                    item("in_review", "editor", false), NOW))
                    .isInstanceOf(RevisionRequiredException.class)
                    .hasMessageContaining("must name the revision")
                    .satisfies(e -> refusedFor(e, WorkflowException.Reason.REVISION_REQUIRED, transition, 3));
        }
        assertThat(workflow.decide(TransitionRequest.of("submit"), EDITOR, item("draft", "editor", false), NOW).revision())
                .as("other transitions act on the revision under work").isEqualTo(3);
    }

    @Test
    void approveAtAFutureInstantIsAScheduleAndThePastIsRefused() {
        Instant at = NOW.plusSeconds(3600);
        Decision d = workflow.decide(new TransitionRequest("approve", null, at, 3), SUPERVISOR, item("in_review", "editor", false), NOW);
        assertThat(d.scheduled()).isTrue();
        assertThat(d.at()).isEqualTo(at);
        assertThatThrownBy(() -> workflow.decide(new TransitionRequest("approve", null, NOW.minusSeconds(1), 3), SUPERVISOR,
                item("in_review", "editor", false), NOW))
                .isInstanceOf(TransitionNotPossibleException.class).hasMessageContaining("not in the future");
    }

    @Test
    void rejectNeedsACommentAndGoesBackToDraft() {
        assertThatThrownBy(() -> workflow.decide(reviewed("reject"), SUPERVISOR, item("in_review", "editor", false), NOW))
                .isInstanceOf(CommentRequiredException.class);
        assertThatThrownBy(() -> workflow.decide(new TransitionRequest("reject", "   ", null, 3), SUPERVISOR,
                item("in_review", "editor", false), NOW))
                .isInstanceOf(CommentRequiredException.class);
        Decision d = workflow.decide(new TransitionRequest("reject", " 日付を確認してください ", null, 3), SUPERVISOR,
                item("in_review", "editor", false), NOW);
        assertThat(d.to()).isEqualTo("draft");
        assertThat(d.comment()).isEqualTo("日付を確認してください");
        assertThat(d.effect()).isEqualTo(Effect.NONE);
    }

    @Test
    void rejectCannotBeScheduled() {
        assertThatThrownBy(() -> workflow.decide(new TransitionRequest("reject", "no", NOW.plusSeconds(60), 3), SUPERVISOR,
                item("in_review", "editor", false), NOW))
                .isInstanceOf(TransitionNotPossibleException.class).hasMessageContaining("cannot be scheduled");
    }

    @Test
    void onlyTheAuthorWithdraws() {
        assertThat(workflow.decide(TransitionRequest.of("withdraw"), EDITOR, item("in_review", "editor", false), NOW).to())
                .isEqualTo("draft");
        assertThatThrownBy(() -> workflow.decide(TransitionRequest.of("withdraw"), EDITOR2, item("in_review", "editor", false), NOW))
                .isInstanceOf(TransitionNotAllowedException.class).hasMessageContaining("only the author");
    }

    @Test
    void unpublishNeedsALiveVersionAndASupervisor() {
        Decision d = workflow.decide(TransitionRequest.of("unpublish"), SUPERVISOR, item("published", "editor", true), NOW);
        assertThat(d.to()).isEqualTo("archived");
        assertThat(d.effect()).isEqualTo(Effect.UNPUBLISH);
        // A live item with its next revision in draft can be taken offline too.
        assertThat(workflow.decide(TransitionRequest.of("unpublish"), SUPERVISOR, item("draft", "editor", true), NOW).to())
                .isEqualTo("archived");
        assertThatThrownBy(() -> workflow.decide(TransitionRequest.of("unpublish"), SUPERVISOR, item("draft", "editor", false), NOW))
                .isInstanceOf(TransitionNotPossibleException.class).hasMessageContaining("no version is live");
        assertThatThrownBy(() -> workflow.decide(TransitionRequest.of("unpublish"), EDITOR, item("published", "editor", true), NOW))
                .isInstanceOf(TransitionNotAllowedException.class);
    }

    @Test
    void restoreReopensAnArchivedItem() {
        assertThat(workflow.decide(TransitionRequest.of("restore"), EDITOR, item("archived", "editor", false), NOW).to())
                .isEqualTo("draft");
    }

    @Test
    void archiveIsForTheSystemRuleOnly() {
        assertThat(workflow.decide(TransitionRequest.of("archive"), Actor.SYSTEM, item("published", "editor", true), NOW).effect())
                .isEqualTo(Effect.UNPUBLISH);
        assertThatThrownBy(() -> workflow.decide(TransitionRequest.of("archive"), ADMIN, item("published", "editor", true), NOW))
                .isInstanceOf(TransitionNotAllowedException.class);
    }

    @Test
    void unknownTransitionsAreNamed() {
        assertThatThrownBy(() -> workflow.decide(TransitionRequest.of("publish"), SUPERVISOR, item("draft", "editor", false), NOW))
                .isInstanceOf(UnknownTransitionException.class)
                .hasMessageContaining("'publish' is not a transition")
                .hasMessageContaining("submit, withdraw, approve");
    }

    @Test
    void savingAPublishedItemOpensADraftBesideTheLiveVersion() {
        assertThat(workflow.stateAfterSave("published")).isEqualTo("draft");
        assertThat(workflow.stateAfterSave("archived")).isEqualTo("draft");
        assertThat(workflow.stateAfterSave("in_review")).isEqualTo("in_review");
        assertThat(workflow.stateAfterSave("draft")).isEqualTo("draft");
    }

    @Test
    void availableListsOnlyWhatThisPersonMayDoNow() {
        assertThat(workflow.available(SUPERVISOR, item("in_review", "editor", false)))
                .extracting(TransitionDefinition::name).containsExactly("approve", "reject");
        assertThat(workflow.available(SUPERVISOR, item("in_review", "supervisor", false)))
                .extracting(TransitionDefinition::name).containsExactly("withdraw", "reject");
        assertThat(workflow.available(EDITOR, item("published", "editor", true))).isEmpty();
        assertThat(workflow.available(EDITOR, item("draft", "editor", false)))
                .extracting(TransitionDefinition::name).containsExactly("submit");
    }

    /** The reason and the values a page needs to say the refusal in the person's language. */
    private static void refusedFor(Throwable refusal, WorkflowException.Reason reason, Object... arguments) {
        assertThat(refusal).isInstanceOfSatisfying(WorkflowException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.arguments()).containsExactly(arguments);
        });
    }
}
