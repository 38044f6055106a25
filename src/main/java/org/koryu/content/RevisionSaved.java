package org.koryu.content;

/** Fired inside the transaction that saved a new current revision of an item, so that indexes change in the same commit. */
public record RevisionSaved(long itemId, int revision) {
}
