package org.koryu.content;

/** Lets a type's validation ask whether a referenced item exists (in any state). */
@FunctionalInterface
public interface References {

    boolean exists(ContentRef ref);
}
