package org.koryu.workflow;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import org.koryu.workflow.engine.Workflow;
import org.koryu.workflow.engine.WorkflowDefinition;
import org.koryu.workflow.engine.WorkflowDefinitionException;
import org.koryu.workflow.engine.WorkflowDefinitionParser;

/**
 * The workflows loaded at start-up, and which one each content type follows. Loading fails as a
 * whole, with every fault of every file named, so that Koryu never starts on a broken definition.
 */
@ApplicationScoped
public class WorkflowRegistry {

    private static final Logger LOG = Logger.getLogger(WorkflowRegistry.class.getName());

    /** A definition file to load: its name (for messages) and how to read it. */
    public record Source(String name, ReaderSupplier reader) {
    }

    @FunctionalInterface
    public interface ReaderSupplier {
        Reader open() throws IOException;
    }

    private volatile Map<String, Workflow> workflows = Map.of();
    private volatile Map<String, Workflow> byType = Map.of();

    /**
     * @param sources     the definition files
     * @param knownRoles  the roles accounts can hold
     * @param typeChoices the workflow each content type asks for
     */
    public void load(List<Source> sources, Set<String> knownRoles, Map<String, String> typeChoices) {
        WorkflowDefinitionParser parser = new WorkflowDefinitionParser(knownRoles);
        Map<String, Workflow> loaded = new LinkedHashMap<>();
        List<String> faults = new ArrayList<>();
        for (Source source : sources) {
            try (Reader reader = source.reader().open()) {
                WorkflowDefinition definition = parser.parse(source.name(), reader);
                loaded.put(definition.name(), new Workflow(definition));
            } catch (WorkflowDefinitionException e) {
                faults.addAll(e.faults());
            } catch (IOException e) {
                faults.add(source.name() + ": cannot be read: " + e.getMessage());
            }
        }
        Map<String, Workflow> types = new LinkedHashMap<>();
        typeChoices.forEach((type, workflowName) -> {
            Workflow workflow = loaded.get(workflowName);
            if (workflow == null && faults.isEmpty()) {
                faults.add("content type '" + type + "' follows workflow '" + workflowName + "', which is not defined (defined: "
                        + String.join(", ", loaded.keySet()) + ")");
            }
            types.put(type, workflow);
        });
        if (!faults.isEmpty()) {
            throw new WorkflowDefinitionException(faults);
        }
        workflows = Map.copyOf(loaded);
        byType = Map.copyOf(types);
        LOG.info(() -> "Workflows loaded: " + loaded.keySet() + "; content types follow " + typeChoices);
    }

    public Workflow forType(String type) {
        Workflow workflow = byType.get(type);
        if (workflow == null) {
            throw new IllegalStateException("No workflow is loaded for content type " + type);
        }
        return workflow;
    }

    public Workflow named(String name) {
        Workflow workflow = workflows.get(name);
        if (workflow == null) {
            throw new IllegalStateException("No workflow named " + name);
        }
        return workflow;
    }

    public Collection<Workflow> all() {
        return workflows.values();
    }

    public Map<String, String> typeChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        byType.forEach((type, workflow) -> choices.put(type, workflow.name()));
        return choices;
    }
}
