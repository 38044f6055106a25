package org.koryu.content;

import java.io.Serializable;
import java.time.Instant;

/** One line of an editorial list: what, where it stands, who wrote its current revision and when. */
public record ItemSummary(long id, String type, String slug, String title, String state, int revision,
                          Integer liveRevision, String revisionAuthor, Instant updatedAt, String updatedBy) implements Serializable {

    public boolean live() {
        return liveRevision != null;
    }
}
