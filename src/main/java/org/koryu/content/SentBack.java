package org.koryu.content;

import java.time.Instant;

/** A draft sent back to its author, with the reviewer's comment (null fields when no rejection is recorded). */
public record SentBack(ItemSummary item, String comment, String by, Instant at) {
}
