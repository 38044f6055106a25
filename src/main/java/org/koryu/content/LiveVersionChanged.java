package org.koryu.content;

/**
 * Fired inside the transaction that made a version of an item live, or took it offline, so that
 * read models change in the same commit.
 */
public record LiveVersionChanged(long itemId, String type, String slug, boolean live) {
}
