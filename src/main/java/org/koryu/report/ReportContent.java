package org.koryu.report;

import java.io.Serializable;
import java.util.List;

import org.koryu.content.LocalizedText;
import org.koryu.media.ImageRef;

/**
 * A revision of a report: its kind ({@code forum} or {@code project}), title, the programme it
 * belongs to (特別企画「特別区全国連携プロジェクト」連携事業), when it was held (one day, or
 * {@code heldOn} to {@code heldUntil}), where (a partner municipality and/or a venue by slug, and
 * the place as written), its theme, moderator and participants, a rich-text body, photos, the
 * partners it concerns, and a note on the next one (次回は東吾妻町で開催予定).
 */
public record ReportContent(
        String type,
        LocalizedText title,
        String series,
        String heldOn,
        String heldUntil,
        String municipality,
        String venue,
        String place,
        String theme,
        Participant moderator,
        List<Participant> participants,
        String body,
        List<ImageRef> photos,
        List<String> relatedMunicipalities,
        String next) implements Serializable {
}
