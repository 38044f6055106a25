package org.koryu.municipality;

import java.time.OffsetDateTime;
import java.util.List;

/** A published municipality as the delivery API shows it. */
public record MunicipalityDocument(
        String contentType,
        long id,
        String slug,
        String name,
        String nameEn,
        String prefecture,
        String kind,
        List<String> aliases,
        List<String> agreements,
        String pitch,
        List<SnsAccount> snsAccounts,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt) {
}
