package org.koryu.importer;

/**
 * Something an editor should know about one line of an imported text. An error means the entry
 * on that line is not imported; a warning means it is imported but should be checked.
 */
public record ImportProblem(int line, String severity, String message) {

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
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("import problem on line " + line + " needs a message");
        }
    }

    /** An error whose message starts with "line N: ". */
    public static ImportProblem error(int line, String message) {
        return new ImportProblem(line, ERROR, "line " + line + ": " + message);
    }

    /** A warning whose message starts with "line N: ". */
    public static ImportProblem warning(int line, String message) {
        return new ImportProblem(line, WARNING, "line " + line + ": " + message);
    }

    /** The warning for a line that belongs to no entry: "line N ignored: why". */
    public static ImportProblem ignored(int line, String why) {
        return new ImportProblem(line, WARNING, "line " + line + " ignored: " + why);
    }
}
