package org.koryu.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How an upload's name becomes the name it is served under, and how addresses are read back. */
class MediaNamesTest {

    @Test
    void theServedNameIsTheUploadedOneInSlugFormWithTheRealExtension() {
        assertThat(MediaFileName.of("Agatsuma Market.JPEG", ImageFormat.JPEG)).isEqualTo("agatsuma-market.jpg");
        assertThat(MediaFileName.of("C:\\photos\\forum.png", ImageFormat.WEBP)).isEqualTo("forum.webp");
        assertThat(MediaFileName.of("集合写真.jpg", ImageFormat.JPEG)).isEqualTo("image.jpg");
        assertThat(MediaFileName.of(null, ImageFormat.GIF)).isEqualTo("image.gif");
    }

    @Test
    void theDispositionNameInAnyLanguageWinsOverThePlainOne() {
        assertThat(DispositionFileName.of("attachment; filename=\"photo.jpg\"; filename*=UTF-8''%E9%9B%86%E5%90%88.jpg"))
                .isEqualTo("集合.jpg");
        assertThat(DispositionFileName.of("attachment; filename=\"a \\\"b\\\".jpg\"")).isEqualTo("a \"b\".jpg");
        assertThat(DispositionFileName.of("attachment; filename=plain.png")).isEqualTo("plain.png");
        assertThat(DispositionFileName.of("attachment")).isNull();
        assertThat(DispositionFileName.of(null)).isNull();
    }

    @Test
    void onlyTheExactShapeOfAnAddressIsAMediaUrl() {
        assertThat(MediaUrl.parse("/media/12/agatsuma-market.jpg")).contains(new MediaUrl(12, "agatsuma-market.jpg"));
        assertThat(new MediaUrl(12, "a.png")).hasToString("/media/12/a.png");
        assertThat(MediaUrl.parse("/media/12/../../etc/passwd")).isEmpty();
        assertThat(MediaUrl.parse("https://example.com/media/12/a.png")).isEmpty();
        assertThat(MediaUrl.parse("/media/0/a.png")).isEmpty();
        assertThat(MediaUrl.parse(null)).isEmpty();
    }
}
