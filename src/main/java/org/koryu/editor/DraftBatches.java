package org.koryu.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.koryu.importer.ImportProblem;
import org.koryu.importer.ImportResult;
import org.koryu.importer.ImportedEvent;

/**
 * Where the creation of an import's drafts stands: the lines still to create, taken a few at a
 * time so that each request stays short and the progress bar moves, and what each batch answered.
 */
public class DraftBatches implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int BATCH_SIZE = 3;

    private final List<Integer> pending;
    private final int total;
    private final List<ImportedEvent> answered = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    DraftBatches(List<Integer> lines, List<ImportProblem> known) {
        pending = new ArrayList<>(lines);
        total = lines.size();
        problems.addAll(known);
    }

    /** The lines of the next batch, taken off the pending ones; empty when all are done. */
    Set<Integer> next() {
        List<Integer> batch = pending.subList(0, Math.min(BATCH_SIZE, pending.size()));
        Set<Integer> lines = new LinkedHashSet<>(batch);
        batch.clear();
        return lines;
    }

    /** Keeps a batch's events and the problems it found that were not known before (e.g. "not created: …"). */
    void record(ImportResult batch) {
        answered.addAll(batch.events());
        batch.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
    }

    public boolean isDone() {
        return pending.isEmpty();
    }

    public int getPercent() {
        return total == 0 ? 100 : (total - pending.size()) * 100 / total;
    }

    public int getTotal() {
        return total;
    }

    public List<ImportedEvent> getCreated() {
        return answered.stream().filter(e -> e.createdId() != null).toList();
    }

    public List<ImportedEvent> getNotCreated() {
        return answered.stream().filter(e -> e.createdId() == null).toList();
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}
