package org.koryu.importer;

import java.io.Serializable;

import org.koryu.content.Fault;
import org.koryu.content.ViolationCode;

/**
 * Something an editor should know about one line of an imported text. An error means the entry
 * on that line is not imported; a warning means it is imported but should be checked. The fault
 * is said in English by {@link #message()} (what the API answers) and in the editor's language
 * from its code.
 */
public record ImportProblem(int line, String severity, Fault fault) implements Serializable {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";

    public ImportProblem {
        if (line < 1) {
            throw new IllegalArgumentException("an import problem needs a line number from 1 on, got " + line);
        }
        if (!ERROR.equals(severity) && !WARNING.equals(severity)) {
            throw new IllegalArgumentException("import problem severity must be '" + ERROR + "' or '"
                    + WARNING + "', got '" + severity + "'");
        }
        if (fault == null) {
            throw new IllegalArgumentException("import problem on line " + line + " needs a fault");
        }
    }

    public static ImportProblem error(int line, ViolationCode code, Object... args) {
        return error(line, Fault.of(code, args));
    }

    public static ImportProblem error(int line, Fault fault) {
        return new ImportProblem(line, ERROR, fault);
    }

    public static ImportProblem warning(int line, ViolationCode code, Object... args) {
        return warning(line, Fault.of(code, args));
    }

    public static ImportProblem warning(int line, Fault fault) {
        return new ImportProblem(line, WARNING, fault);
    }

    /** The problem in English, starting with "line N: ". */
    public String message() {
        return "line " + line + ": " + fault.message();
    }
}
