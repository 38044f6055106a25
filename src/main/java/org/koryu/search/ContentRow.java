package org.koryu.search;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One line of an editor list. */
public record ContentRow(long id, String type, String slug, String title, String state, int revision,
                         Integer liveRevision, LocalDate firstDay, Instant updatedAt, String updatedBy) implements Serializable {

    public boolean live() {
        return liveRevision != null;
    }
}
