package org.koryu.search;

import java.time.Instant;
import java.time.LocalDate;

/** One line of an editor list. */
public record ContentRow(long id, String type, String slug, String title, String state, int revision,
                         Integer liveRevision, LocalDate firstDay, Instant updatedAt, String updatedBy) {

    public boolean live() {
        return liveRevision != null;
    }
}
