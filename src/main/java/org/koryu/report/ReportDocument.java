package org.koryu.report;

import java.time.OffsetDateTime;
import java.util.List;

import org.koryu.content.LocalizedText;
import org.koryu.media.ImageRef;

/**
 * A published report as the delivery API shows it: dates in ISO and as the ward prints them in the
 * era ({@code heldOnText}: 令和5年6月5日～9日); related partners and venue as their published versions.
 */
public record ReportDocument(
        String contentType,
        long id,
        String slug,
        String type,
        String typeLabel,
        LocalizedText title,
        String series,
        String heldOn,
        String heldUntil,
        String heldOnText,
        MunicipalitySummary municipality,
        VenueSummary venue,
        String place,
        String theme,
        Participant moderator,
        List<Participant> participants,
        String body,
        List<ImageRef> photos,
        List<MunicipalitySummary> relatedMunicipalities,
        String next,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt) {

    /** A partner municipality as shown with a report. */
    public record MunicipalitySummary(String slug, String name, String prefecture) {
    }

    /** A venue as shown with a report. */
    public record VenueSummary(String slug, String name, String address) {
    }
}
