package org.koryu.workflow.engine;

import java.util.List;

/**
 * A workflow file that cannot be used. The message names the file, the key and the fault of every
 * problem found, so that a failed start says exactly what to fix.
 */
public class WorkflowDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> faults;

    public WorkflowDefinitionException(List<String> faults) {
        super("Invalid workflow definition:\n  " + String.join("\n  ", faults));
        this.faults = List.copyOf(faults);
    }

    public List<String> faults() {
        return faults;
    }
}
