package org.koryu.content;

/** Lets a type's validation ask whether a referenced item exists (in any state). */
@FunctionalInterface
public interface References {

    boolean exists(ContentRef ref);

    /** Answers whether {@code ref} exists; when not, adds {@code unknown}, naming the slug, on {@code field}. */
    default boolean check(ContentRef ref, String field, ViolationCode unknown, Violations violations) {
        return violations.check(exists(ref), field, unknown, ref.slug());
    }
}
