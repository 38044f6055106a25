package org.koryu.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/** A broken definition stops the start with a message naming the file, the key and the fault. */
class WorkflowDefinitionParserTest {

    private static final String VALID = """
            states = draft, review, live
            initial = draft
            transition.submit.from = draft
            transition.submit.to = review
            transition.submit.roles = editor
            transition.approve.from = review
            transition.approve.to = live
            transition.approve.roles = supervisor
            transition.approve.guards = not-author
            transition.approve.effect = publish
            """;

    @Test
    void readsAValidDefinition() throws IOException {
        WorkflowDefinition d = Workflows.parse("workflow/mini.properties", VALID);
        assertThat(d.name()).isEqualTo("mini");
        assertThat(d.states()).containsExactly("draft", "review", "live");
        assertThat(d.transition("approve")).get().satisfies(t -> {
            assertThat(t.guards()).containsExactly(Guard.NOT_AUTHOR);
            assertThat(t.effect()).isEqualTo(Effect.PUBLISH);
            assertThat(t.commentRequired()).isFalse();
            assertThat(t.schedulable()).isFalse();
            assertThat(t.revisionRequired()).as("optional unless declared").isFalse();
        });
        assertThat(Workflows.parse("workflow/mini.properties", VALID + "transition.approve.revision = required\n")
                .transition("approve")).get().satisfies(t -> assertThat(t.revisionRequired()).isTrue());
    }

    @Test
    void theShippedDefinitionIsValid() {
        assertThat(Workflows.editorial().definition().states()).containsExactly("draft", "in_review", "published", "archived");
    }

    @Test
    void unknownRoleIsNamedWithFileAndKey() {
        assertFault(VALID.replace("roles = supervisor", "roles = superviser"),
                "workflow/mini.properties: transition.approve.roles: unknown role 'superviser' (known: admin, editor, supervisor, system)");
    }

    @Test
    void transitionToAnUnknownStateIsNamed() {
        assertFault(VALID.replace("approve.to = live", "approve.to = online"),
                "workflow/mini.properties: transition.approve.to: unknown state 'online' (declared: draft, review, live)");
    }

    @Test
    void unknownGuardIsNamed() {
        assertFault(VALID.replace("guards = not-author", "guards = not-the-author"),
                "workflow/mini.properties: transition.approve.guards: unknown guard 'not-the-author' (known: not-author, author, live, not-live)");
    }

    @Test
    void unreachableStateIsNamed() {
        assertFault(VALID.replace("states = draft, review, live", "states = draft, review, live, archived"),
                "workflow/mini.properties: states: state 'archived' cannot be reached from 'draft'");
    }

    @Test
    void unknownKeyAndBadValuesAreNamed() {
        assertFault(VALID + "transition.approve.efect = publish\n", "workflow/mini.properties: transition.approve.efect: unknown key");
        assertFault(VALID + "transition.submit.comment = sometimes\n",
                "workflow/mini.properties: transition.submit.comment: 'sometimes' is neither 'required' nor 'optional'");
        assertFault(VALID + "transition.approve.revision = latest\n",
                "workflow/mini.properties: transition.approve.revision: 'latest' is neither 'required' nor 'optional'");
        assertFault(VALID.replace("effect = publish", "effect = delete"),
                "workflow/mini.properties: transition.approve.effect: unknown effect 'delete'");
        assertFault(VALID.replace("initial = draft", "initial = start"),
                "workflow/mini.properties: initial: unknown state 'start'");
    }

    @Test
    void missingKeysAndDuplicatesAreNamed() {
        assertFault(VALID.replace("transition.submit.to = review\n", ""), "workflow/mini.properties: transition.submit.to: missing");
        assertFault(VALID + "initial = review\n", "workflow/mini.properties: initial: given more than once");
    }

    @Test
    void everyFaultIsReportedAtOnce() {
        String broken = VALID.replace("roles = supervisor", "roles = boss").replace("guards = not-author", "guards = nobody");
        assertThatThrownBy(() -> Workflows.parse("workflow/mini.properties", broken))
                .isInstanceOfSatisfying(WorkflowDefinitionException.class, e -> assertThat(e.faults()).hasSize(2));
    }

    private static void assertFault(String text, String expected) {
        assertThatThrownBy(() -> Workflows.parse("workflow/mini.properties", text))
                .isInstanceOf(WorkflowDefinitionException.class)
                .hasMessageContaining(expected);
    }
}
