package org.koryu.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ImageUploadTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    static final byte[] WEBP = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] GIF = "GIF89a\1\0\1\0".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void theBytesDecideTheFormat() {
        assertThat(ImageFormat.of(PNG)).contains(ImageFormat.PNG);
        assertThat(ImageFormat.of(JPEG)).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.of(WEBP)).contains(ImageFormat.WEBP);
        assertThat(ImageFormat.of(GIF)).contains(ImageFormat.GIF);
        assertThat(ImageFormat.of("<svg xmlns=".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImageFormat.of(new byte[] {(byte) 0x89, 'P'})).as("too short to be sure").isEmpty();
    }

    @Test
    void aDeclaredTypeIsReadWithItsParameters() {
        assertThat(ImageUpload.declared("Image/PNG; charset=binary")).isEqualTo(ImageFormat.PNG);
        assertThatThrownBy(() -> ImageUpload.declared("image/svg+xml"))
                .isInstanceOfSatisfying(ImageRejectedException.class, e -> assertThat(e.status()).isEqualTo(415))
                .hasMessageContaining("image/svg+xml").hasMessageContaining("image/jpeg, image/png");
        assertThatThrownBy(() -> ImageUpload.declared(null)).hasMessageContaining("(none)");
    }

    @Test
    void bytesThatAreNoImageAreRefusedWhateverTheHeaderSays() {
        byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImageUpload.checked(html, ImageFormat.PNG, 1000))
                .isInstanceOfSatisfying(ImageRejectedException.class, e -> assertThat(e.status()).isEqualTo(415))
                .hasMessageContaining("not a JPEG, PNG, WebP or GIF image");
    }

    @Test
    void anImageSentUnderAnotherImageTypeIsRefusedNamingItsRealType() {
        assertThatThrownBy(() -> ImageUpload.checked(JPEG, ImageFormat.PNG, 1000))
                .hasMessage("The file is a JPEG image, not image/png as the Content-Type says; send it as image/jpeg");
    }

    @Test
    void sizeIsCheckedBeforeTheBytes() {
        assertThatThrownBy(() -> ImageUpload.checked(PNG, ImageFormat.PNG, PNG.length - 1))
                .isInstanceOfSatisfying(ImageRejectedException.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThat(ImageUpload.checked(PNG, ImageFormat.PNG, PNG.length).format()).isEqualTo(ImageFormat.PNG);
        assertThatThrownBy(() -> ImageUpload.checked(new byte[0], ImageFormat.PNG, 10)).hasMessageContaining("empty");
    }
}
