package org.koryu.content;

import java.util.List;
import java.util.stream.Collectors;

/** Content that cannot be stored as given; nothing was saved. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, ViolationCode code, Object... args) {
        return new ValidationException(new Violations().add(field, code, args).list());
    }

    public List<Violation> violations() {
        return violations;
    }
}
