package org.koryu.workflow.engine;

/**
 * What the engine needs to know of an item to decide a transition: its state, the revision under
 * work (number and author) and whether a version of it is live.
 */
public record WorkflowItem(String state, int revision, String revisionAuthor, boolean live) {
}
