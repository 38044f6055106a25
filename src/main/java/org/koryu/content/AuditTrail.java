package org.koryu.content;

import java.time.Instant;

/** Where the item lifecycle records each action it performs: the audit table in the container, a list in tests. */
@FunctionalInterface
public interface AuditTrail {

    void record(ContentItem item, Instant at, String actor, String action, String from, String to, int revision,
                String comment);
}
