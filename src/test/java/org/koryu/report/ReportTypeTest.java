package org.koryu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.koryu.content.ContentRef;
import org.koryu.content.ContentType;
import org.koryu.content.LiveContent;
import org.koryu.content.LiveVersion;
import org.koryu.content.LocalizedText;
import org.koryu.content.Publication;
import org.koryu.content.Violation;
import org.koryu.content.Violations;
import org.koryu.media.ImageRef;
import org.koryu.municipality.MunicipalityCode;
import org.koryu.municipality.MunicipalityType;
import org.koryu.venue.VenueType;

class ReportTypeTest {

    private final ReportType type = new ReportType();

    ReportTypeTest() {
        type.municipalities = new MunicipalityType();
        type.venues = new VenueType();
        type.media = url -> url.id() == 1;
    }

    private static ReportContent forum(String heldOn, String heldUntil, List<ImageRef> photos) {
        return new ReportContent("forum", LocalizedText.ja(" 第八回 フォーラム "), null, heldOn, heldUntil, "oshino", null,
                "山梨県忍野村", "関係人口の拡大", new Participant("大杉 寛", "東京都立大学教授"),
                List.of(new Participant(null, "区長"), new Participant(" ", " ")), "<p>議論<script>x</script></p>", photos,
                List.of("oshino", "higashiagatsuma"), "次回は東吾妻町で開催予定");
    }

    private List<String> faults(ReportContent c, Set<ContentRef> existing) {
        Violations v = new Violations();
        type.validate(type.clean(c), v, existing::contains);
        return v.list().stream().map(Violation::field).toList();
    }

    private static final Set<ContentRef> PARTNERS = Set.of(new ContentRef("municipality", "oshino"),
            new ContentRef("municipality", "higashiagatsuma"));

    @Test
    void aCompleteForumReportIsValidAndCleaned() {
        ReportContent cleaned = type.clean(forum("2023-05-20", null, List.of(new ImageRef(null, null, "集合写真"))));
        assertThat(cleaned.title().ja()).isEqualTo("第八回 フォーラム");
        assertThat(cleaned.participants()).as("an empty participant is dropped").containsExactly(new Participant(null, "区長"));
        assertThat(cleaned.body()).isEqualTo("<p>議論</p>");
        assertThat(faults(cleaned, PARTNERS)).isEmpty();
        assertThat(type.references(cleaned)).containsExactly(new ContentRef("municipality", "oshino"),
                new ContentRef("municipality", "higashiagatsuma"));
    }

    @Test
    void eachFaultNamesItsField() {
        ReportContent bad = new ReportContent("meeting", LocalizedText.ja(null), null, "2023-06-09", "2023-06-05", "nowhere",
                null, null, null, null, List.of(), null,
                List.of(new ImageRef("/media/2/a.jpg", "alt", null), new ImageRef("/media/1/a.jpg", null, null),
                        new ImageRef(null, null, null)), List.of(), null);
        assertThat(faults(bad, PARTNERS)).containsExactly("type", "title.ja", "heldUntil", "municipality", "photos[0].url",
                "photos[1].alt", "photos[2].caption");
        assertThat(faults(forum("20.5.2023", null, List.of()), PARTNERS)).containsExactly("heldOn");
        assertThat(faults(forum(null, null, List.of()), PARTNERS)).containsExactly("heldOn");
    }

    @Test
    void aFaultNamesTheDaysAndTheSlugItConcerns() {
        Violations v = new Violations();
        type.validate(type.clean(forum("2023-06-09", "2023-06-05", List.of())), v, ref -> !ref.slug().equals("higashiagatsuma"));
        assertThat(v.list()).containsExactly(
                new Violation("heldUntil", ReportCode.LAST_DAY_BEFORE_FIRST, List.of(LocalDate.of(2023, 6, 9), LocalDate.of(2023, 6, 5))),
                new Violation("relatedMunicipalities[1]", MunicipalityCode.UNKNOWN, List.of("higashiagatsuma")));
        assertThat(v.list()).extracting(Violation::message).containsExactly("the last day (2023-06-05) is before the first (2023-06-09)",
                "there is no municipality 'higashiagatsuma'");
    }

    @Test
    void theDocumentShowsTheEraDateAndOnlyPublishedPartners() {
        ReportContent c = type.clean(forum("2023-06-05", "2023-06-09", List.of()));
        LiveContent onlyOshino = new LiveContent() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> Optional<LiveVersion<T>> find(ContentType<T> t, String slug) {
                if (!slug.equals("oshino")) {
                    return Optional.empty();
                }
                Object content = new org.koryu.municipality.MunicipalityContent("忍野村", "Oshino", "山梨県", "village",
                        List.of(), List.of(), null, List.of(), 10);
                return Optional.of(new LiveVersion<>(7, "municipality", slug, 1, Instant.EPOCH, Instant.EPOCH, (T) content));
            }
        };
        Publication p = type.publication(new LiveVersion<>(9, "report", "r", 1, Instant.EPOCH, Instant.EPOCH, c), onlyOshino);
        ReportDocument doc = (ReportDocument) p.document();
        assertThat(doc.heldOnText()).isEqualTo("令和5年6月5日～9日");
        assertThat(doc.typeLabel()).isEqualTo("フォーラム");
        assertThat(doc.municipality().name()).isEqualTo("忍野村");
        assertThat(doc.relatedMunicipalities()).extracting(ReportDocument.MunicipalitySummary::slug).containsExactly("oshino");
        assertThat(p.days()).hasSize(5);
        assertThat(p.facets().get("type")).containsExactly("forum");
        assertThat(p.facets().get("municipality")).containsExactlyInAnyOrder("oshino", "higashiagatsuma");
    }

    @Test
    void laterReportsSortFirst() {
        String may = type.publication(new LiveVersion<>(1, "report", "a", 1, Instant.EPOCH, Instant.EPOCH,
                type.clean(forum("2023-05-20", null, List.of()))), nothing()).sortKey();
        String june = type.publication(new LiveVersion<>(2, "report", "b", 1, Instant.EPOCH, Instant.EPOCH,
                type.clean(forum("2023-06-05", null, List.of()))), nothing()).sortKey();
        assertThat(june).isLessThan(may);
    }

    private static LiveContent nothing() {
        return new LiveContent() {
            @Override
            public <T> Optional<LiveVersion<T>> find(ContentType<T> t, String slug) {
                return Optional.empty();
            }
        };
    }
}
