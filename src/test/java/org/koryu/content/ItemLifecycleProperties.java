package org.koryu.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.koryu.workflow.engine.Actor;
import org.koryu.workflow.engine.Decision;
import org.koryu.workflow.engine.Effect;
import org.koryu.workflow.engine.TransitionRequest;
import org.koryu.workflow.engine.Workflow;
import org.koryu.workflow.engine.WorkflowDefinitionParser;
import org.koryu.workflow.engine.WorkflowException;

/**
 * Thousands of random sequences of saves and transitions by random people, through the item
 * lifecycle and the shipped editorial workflow, checking after every step that:
 * the live version is always a revision approved by a supervisor (or admin) who did not write it;
 * nothing but a publishing or unpublishing transition changes the live version (sending back a
 * new draft never removes it); approve and reject decide only on the revision they name, which is
 * the one under review; and the audit has exactly one row per action that succeeded.
 */
class ItemLifecycleProperties {

    private static final Map<String, Actor> PEOPLE = Map.of(
            "editor", new Actor("editor", Set.of("editor")),
            "editor2", new Actor("editor2", Set.of("editor")),
            "supervisor", new Actor("supervisor", Set.of("supervisor")),
            "supervisor2", new Actor("supervisor2", Set.of("supervisor")),
            "admin", new Actor("admin", Set.of("admin")));
    private static final List<String> OPERATIONS =
            List.of("save", "save", "submit", "withdraw", "approve", "approve", "reject", "unpublish", "restore", "archive");
    private static final Workflow EDITORIAL = editorial();

    /** One step: who does what, naming the current revision (0), an older one (-1) or none (null). */
    record Step(String operation, String person, Integer revisionOffset) {
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(OPERATIONS), Arbitraries.of(PEOPLE.keySet()),
                Arbitraries.of(0, -1).injectNull(0.4)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    // As many tries as jqwik.tries.default: koryu.property.tries in the pom (10,000 in mvn verify).
    @Property
    void theLiveVersionIsAlwaysApprovedBySomeoneElseAndTheAuditCountsEveryAction(@ForAll("sequences") List<Step> steps) {
        List<String> audit = new ArrayList<>();
        ItemLifecycle life = new ItemLifecycle(EDITORIAL, (item, at, actor, action, from, to, rev, comment) -> audit.add(action));
        Instant now = Instant.parse("2023-09-01T00:00:00Z");
        ContentItem item = new ContentItem("event", "property", EDITORIAL.name(), EDITORIAL.initialState(), "t", "editor", now);
        Map<Integer, String> authors = new HashMap<>(Map.of(1, "editor"));
        Map<Integer, String> approvers = new HashMap<>();
        int succeeded = 0;

        for (Step step : steps) {
            now = now.plusSeconds(60);
            Actor actor = PEOPLE.get(step.person());
            Integer liveBefore = item.liveRevision();
            String stateBefore = item.state();
            int revisionBefore = item.currentRevision();
            int auditBefore = audit.size();
            boolean applied = false;
            Effect effect = Effect.NONE;
            try {
                if (step.operation().equals("save")) {
                    int basedOn = item.currentRevision() + (step.revisionOffset() == null ? 0 : step.revisionOffset());
                    int number = life.save(item, basedOn, "t", actor.name(), now, "save", null);
                    authors.put(number, actor.name());
                } else {
                    Integer named = step.revisionOffset() == null ? null : item.currentRevision() + step.revisionOffset();
                    Actor as = step.operation().equals("archive") ? Actor.SYSTEM : actor;
                    Decision d = life.decide(item, authors.get(item.currentRevision()),
                            new TransitionRequest(step.operation(), "理由", null, named), as, now);
                    life.apply(item, d, as, now, d.comment());
                    if (Set.of("approve", "reject").contains(step.operation())) {
                        assertThat(named).as("a decision on a review names the revision under review").isEqualTo(revisionBefore);
                    }
                    effect = d.effect();
                    if (effect == Effect.PUBLISH) {
                        approvers.put(d.revision(), as.name());
                    }
                }
                applied = true;
                succeeded++;
            } catch (WorkflowException | StaleRevisionException refused) {
                assertThat(item.state()).as("a refused action changes nothing").isEqualTo(stateBefore);
                assertThat(item.currentRevision()).isEqualTo(revisionBefore);
                assertThat(item.liveRevision()).isEqualTo(liveBefore);
                assertThat(audit).hasSize(auditBefore);
            }

            if (item.isLive()) {
                String approver = approvers.get(item.liveRevision());
                assertThat(approver).as("the live revision %s was approved", item.liveRevision()).isNotNull();
                assertThat(PEOPLE.get(approver).hasAnyRole(Set.of("supervisor", "admin"))).isTrue();
                assertThat(approver).as("four eyes").isNotEqualTo(authors.get(item.liveRevision()));
            }
            if (applied && effect == Effect.NONE) {
                assertThat(item.liveRevision()).as("%s leaves the live version alone", step.operation()).isEqualTo(liveBefore);
            }
            assertThat(audit).as("one audit row per successful action").hasSize(succeeded);
        }
    }

    private static Workflow editorial() {
        try (Reader reader = Files.newBufferedReader(Path.of("workflow/editorial.properties"), StandardCharsets.UTF_8)) {
            return new Workflow(new WorkflowDefinitionParser(Set.of("editor", "supervisor", "admin"))
                    .parse("workflow/editorial.properties", reader));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
