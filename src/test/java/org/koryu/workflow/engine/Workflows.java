package org.koryu.workflow.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Loads workflow files for tests: the real ones of {@code workflow/} and samples. */
final class Workflows {

    static final Set<String> ROLES = Set.of("editor", "supervisor", "admin");

    private Workflows() {
    }

    static Workflow editorial() {
        return load(Path.of("workflow/editorial.properties"));
    }

    static Workflow load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Workflow(new WorkflowDefinitionParser(ROLES).parse(file.toString(), reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorkflowDefinition parse(String name, String text) throws IOException {
        return new WorkflowDefinitionParser(ROLES).parse(name, new StringReader(text));
    }
}
