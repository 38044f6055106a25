package org.koryu.content;

import java.time.Instant;

/** The live (published) version of an item, as a type renders it for delivery. */
public record LiveVersion<C>(long id, String type, String slug, int revision, Instant publishedAt, Instant updatedAt,
                             C content) {
}
