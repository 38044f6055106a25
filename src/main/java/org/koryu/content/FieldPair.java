package org.koryu.content;

import java.io.Serializable;

/** One field as two revisions hold it (null where a revision lacks it), and whether they differ. */
public record FieldPair(String field, String from, String to, boolean changed) implements Serializable {
}
