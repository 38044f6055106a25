package org.koryu.venue;

import java.time.OffsetDateTime;

/** A published venue as the delivery API shows it. */
public record VenueDocument(String contentType, long id, String slug, String name, String nameEn, String address, String notes,
                            OffsetDateTime publishedAt, OffsetDateTime updatedAt) {
}
