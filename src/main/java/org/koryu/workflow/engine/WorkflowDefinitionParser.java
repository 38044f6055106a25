package org.koryu.workflow.engine;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one workflow file (Java properties syntax, see {@code workflow/README.md}) and checks it
 * completely before anything uses it: unknown keys, roles, states and guards, missing keys and
 * states no path reaches are all reported together, each with the file and key at fault.
 */
public final class WorkflowDefinitionParser {

    private static final Pattern TRANSITION_KEY = Pattern.compile("transition\\.([a-z][a-z0-9_-]*)\\.([a-z]+)");
    private static final Pattern SAVE_KEY = Pattern.compile("save\\.([a-z][a-z0-9_-]*)");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Set<String> TRANSITION_ATTRIBUTES =
            Set.of("from", "to", "roles", "comment", "guards", "effect", "schedulable", "revision");

    private final Set<String> knownRoles;

    /** @param knownRoles the roles accounts can hold; the system role of rules is always known */
    public WorkflowDefinitionParser(Set<String> knownRoles) {
        Set<String> roles = new TreeSet<>(knownRoles);
        roles.add(Actor.SYSTEM_ROLE);
        this.knownRoles = java.util.Collections.unmodifiableSet(roles);
    }

    /**
     * @param source the file name, used in messages and as the workflow's name (its base name)
     */
    public WorkflowDefinition parse(String source, Reader reader) throws IOException {
        OrderedProperties props = new OrderedProperties();
        props.load(reader);
        return new Check(source, props).definition();
    }

    /** Keeps keys in file order and notices keys given twice, which Properties silently merges. */
    private static final class OrderedProperties extends Properties {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, String> ordered = new LinkedHashMap<>();
        private final transient Set<String> duplicates = new LinkedHashSet<>();

        @Override
        public synchronized Object put(Object key, Object value) {
            if (ordered.put((String) key, ((String) value).trim()) != null) {
                duplicates.add((String) key);
            }
            return super.put(key, value);
        }
    }

    private final class Check {
        private final String source;
        private final OrderedProperties props;
        private final List<String> faults = new ArrayList<>();

        Check(String source, OrderedProperties props) {
            this.source = source;
            this.props = props;
        }

        WorkflowDefinition definition() {
            props.duplicates.forEach(key -> fault(key, "given more than once"));
            String name = source.replaceFirst("^.*[/\\\\]", "").replaceFirst("\\.properties$", "");
            if (!NAME.matcher(name).matches()) {
                fault("(file name)", "'" + name + "' is not a usable workflow name: use lower case letters, digits, - and _");
            }
            List<String> states = list("states", true);
            Set<String> stateSet = new LinkedHashSet<>(states);
            if (stateSet.size() < states.size()) {
                fault("states", "a state is listed twice");
            }
            states.stream().filter(s -> !NAME.matcher(s).matches())
                    .forEach(s -> fault("states", "'" + s + "' is not a usable state name"));
            String initial = single("initial", true);
            if (initial != null && !stateSet.isEmpty() && !stateSet.contains(initial)) {
                fault("initial", unknownState(initial, stateSet));
            }

            Map<String, String> afterSave = new LinkedHashMap<>();
            Map<String, Map<String, String>> transitionKeys = new LinkedHashMap<>();
            for (Map.Entry<String, String> entry : props.ordered.entrySet()) {
                String key = entry.getKey();
                Matcher t = TRANSITION_KEY.matcher(key);
                Matcher s = SAVE_KEY.matcher(key);
                if (t.matches() && TRANSITION_ATTRIBUTES.contains(t.group(2))) {
                    transitionKeys.computeIfAbsent(t.group(1), k -> new LinkedHashMap<>()).put(t.group(2), entry.getValue());
                } else if (s.matches()) {
                    checkState(key, s.group(1), stateSet);
                    checkState(key, entry.getValue(), stateSet);
                    afterSave.put(s.group(1), entry.getValue());
                } else if (!Set.of("states", "initial", "description").contains(key)) {
                    fault(key, "unknown key (expected description, states, initial, save.<state>, "
                            + "or transition.<name>." + String.join("|", new TreeSet<>(TRANSITION_ATTRIBUTES)) + ")");
                }
            }
            if (transitionKeys.isEmpty()) {
                fault("transition.*", "no transition is declared");
            }
            Map<String, TransitionDefinition> transitions = new LinkedHashMap<>();
            transitionKeys.forEach((tname, attrs) -> {
                TransitionDefinition def = transition(tname, attrs, stateSet);
                if (def != null) {
                    transitions.put(tname, def);
                }
            });
            if (faults.isEmpty()) {
                unreachable(states, initial, afterSave, transitions.values())
                        .forEach(state -> fault("states", "state '" + state + "' cannot be reached from '" + initial + "'"));
            }
            if (!faults.isEmpty()) {
                throw new WorkflowDefinitionException(faults);
            }
            return new WorkflowDefinition(name, source, props.ordered.getOrDefault("description", ""),
                    states, initial, afterSave, transitions);
        }

        private TransitionDefinition transition(String tname, Map<String, String> attrs, Set<String> stateSet) {
            String prefix = "transition." + tname + ".";
            int before = faults.size();
            List<String> from = list(prefix + "from", true);
            from.forEach(state -> checkState(prefix + "from", state, stateSet));
            String to = single(prefix + "to", true);
            if (to != null) {
                checkState(prefix + "to", to, stateSet);
            }
            List<String> roles = list(prefix + "roles", true);
            roles.stream().filter(role -> !knownRoles.contains(role)).forEach(role ->
                    fault(prefix + "roles", "unknown role '" + role + "' (known: " + String.join(", ", knownRoles) + ")"));
            String comment = attrs.getOrDefault("comment", "optional");
            if (!Set.of("required", "optional").contains(comment)) {
                fault(prefix + "comment", "'" + comment + "' is neither 'required' nor 'optional'");
            }
            List<Guard> guards = new ArrayList<>();
            for (String key : list(prefix + "guards", false)) {
                Guard.byKey(key).ifPresentOrElse(guards::add, () ->
                        fault(prefix + "guards", "unknown guard '" + key + "' (known: " + Guard.knownKeys() + ")"));
            }
            String effectKey = attrs.getOrDefault("effect", "none");
            Effect effect = Effect.byKey(effectKey).orElse(null);
            if (effect == null) {
                fault(prefix + "effect", "unknown effect '" + effectKey + "' (known: none, publish, unpublish)");
            }
            String schedulable = attrs.getOrDefault("schedulable", "false");
            if (!Set.of("true", "false").contains(schedulable)) {
                fault(prefix + "schedulable", "'" + schedulable + "' is neither 'true' nor 'false'");
            }
            String revision = attrs.getOrDefault("revision", "optional");
            if (!Set.of("required", "optional").contains(revision)) {
                fault(prefix + "revision", "'" + revision + "' is neither 'required' nor 'optional'");
            }
            if (faults.size() > before) {
                return null;
            }
            return new TransitionDefinition(tname, new LinkedHashSet<>(from), to, new LinkedHashSet<>(roles),
                    comment.equals("required"), guards, effect, Boolean.parseBoolean(schedulable), revision.equals("required"));
        }

        private void checkState(String key, String state, Set<String> stateSet) {
            if (!stateSet.isEmpty() && !stateSet.contains(state)) {
                fault(key, unknownState(state, stateSet));
            }
        }

        private String unknownState(String state, Set<String> stateSet) {
            return "unknown state '" + state + "' (declared: " + String.join(", ", stateSet) + ")";
        }

        private String single(String key, boolean required) {
            String value = props.ordered.get(key);
            if (value == null || value.isEmpty()) {
                if (required) {
                    fault(key, "missing");
                }
                return null;
            }
            return value;
        }

        private List<String> list(String key, boolean required) {
            String value = single(key, required);
            if (value == null) {
                return List.of();
            }
            return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        private void fault(String key, String message) {
            faults.add(source + ": " + key + ": " + message);
        }
    }

    private static List<String> unreachable(List<String> states, String initial, Map<String, String> afterSave,
                                            Iterable<TransitionDefinition> transitions) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(initial));
        while (!queue.isEmpty()) {
            String state = queue.pop();
            if (!seen.add(state)) {
                continue;
            }
            if (afterSave.containsKey(state)) {
                queue.add(afterSave.get(state));
            }
            for (TransitionDefinition t : transitions) {
                if (t.startsIn(state)) {
                    queue.add(t.to());
                }
            }
        }
        return states.stream().filter(s -> !seen.contains(s)).toList();
    }
}
