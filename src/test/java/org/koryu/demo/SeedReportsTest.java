package org.koryu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.koryu.media.ImageRef;
import org.koryu.report.Participant;
import org.koryu.report.ReportContent;

/** The two reports of the seed page, read from the page as the demo loads it. */
class SeedReportsTest {

    private static final Map<String, String> PARTNERS = Map.of("忍野村", "oshino", "東吾妻町", "higashiagatsuma",
            "名寄市", "nayoro", "小千谷市", "ojiya");

    private static List<ReportContent> reports;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = SeedReportsTest.class.getResourceAsStream("/" + DemoContent.SEED)) {
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            reports = SeedReports.read(Arrays.asList(page.split("\\R", -1)), PARTNERS);
        }
    }

    @Test
    void theJointExhibitionIsAProjectReport() {
        ReportContent project = reports.get(0);
        assertThat(project.type()).isEqualTo("project");
        assertThat(project.title().ja()).isEqualTo("特別区全国連携プロジェクト全国連携展示・忍野村写真展同時開催");
        assertThat(project.series()).isEqualTo("特別企画「特別区全国連携プロジェクト」連携事業");
        assertThat(project.heldOn()).isEqualTo("2023-06-05");
        assertThat(project.heldUntil()).isEqualTo("2023-06-09");
        assertThat(project.place()).isEqualTo("区役所");
        assertThat(project.municipality()).as("区役所 is no partner").isNull();
        assertThat(project.relatedMunicipalities()).containsExactly("oshino");
        assertThat(project.body()).startsWith("<p>令和5年6月5日～9日に区役所で").contains("</p><p>今回は、山梨県との連携強化");
        assertThat(project.photos()).containsExactly(new ImageRef(null, null, "グランプリ賞「黄昏時」"));
        assertThat(project.next()).isNull();
        assertThat(project.moderator()).isNull();
    }

    @Test
    void theEighthForumIsAForumReport() {
        ReportContent forum = reports.get(1);
        assertThat(forum.type()).isEqualTo("forum");
        assertThat(forum.title().ja()).isEqualTo("第八回 地方創生・交流自治体連携フォーラム(山梨県忍野村)");
        assertThat(forum.series()).isNull();
        assertThat(forum.heldOn()).isEqualTo("2023-05-20");
        assertThat(forum.heldUntil()).isNull();
        assertThat(forum.place()).isEqualTo("山梨県忍野村");
        assertThat(forum.municipality()).isEqualTo("oshino");
        assertThat(forum.relatedMunicipalities()).containsExactly("oshino", "higashiagatsuma");
        assertThat(forum.theme()).isEqualTo("自治体間連携による地域価値の洗練と関係人口の拡大");
        assertThat(forum.moderator()).isEqualTo(new Participant("大杉 寛", "東京都立大学教授"));
        assertThat(forum.participants()).containsExactly(new Participant(null, "区長"), new Participant(null, "各交流自治体の首長"));
        assertThat(forum.next()).isEqualTo("次回の第九回は、群馬県東吾妻町での開催を予定しています。");
        assertThat(forum.body()).doesNotContain("次回");
        assertThat(forum.photos()).containsExactly(new ImageRef(null, null, "第八回 地方創生・交流自治体連携フォーラム 集合写真"));
    }

    @Test
    void thereAreExactlyTwo() {
        assertThat(reports).hasSize(2);
    }
}
