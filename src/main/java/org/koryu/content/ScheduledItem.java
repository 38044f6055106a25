package org.koryu.content;

import java.time.Instant;

/** A transition that will run at its time, and the item it acts on. */
public record ScheduledItem(long id, String type, String title, String transition, Instant dueAt, String scheduledBy) {
}
