package org.koryu.importer;

import java.io.Serializable;
import java.util.List;

/** The answer of a calendar import: the events read, the problems found (each with its line), and page-wide notices. */
public record ImportResult(List<ImportedEvent> events, List<ImportProblem> problems, List<String> notices) implements Serializable {
}
