package org.koryu.notice;

import java.time.OffsetDateTime;

import org.koryu.content.LocalizedText;

/** A published calendar notice as the delivery API shows it; {@code printed} is the line as the ward prints it, ※ first. */
public record NoticeDocument(String contentType, long id, String slug, LocalizedText text, String printed, int sortOrder,
                             OffsetDateTime publishedAt, OffsetDateTime updatedAt) {
}
