package org.koryu.media;

import java.io.Serializable;

import org.koryu.content.ContentCode;
import org.koryu.content.Texts;
import org.koryu.content.Violations;

/**
 * An image shown with content: the address of its uploaded file ({@code /media/…}), its alt text
 * for people who cannot see it, and an optional caption (グランプリ賞「黄昏時」).
 *
 * <p>Where a type allows it (report photos), the file may be missing: a page being entered may
 * name a photo whose file is not at hand yet. Such an entry keeps what is known — its caption, and
 * alt text if given — and gets its file later.
 */
public record ImageRef(String url, String alt, String caption) implements Serializable {

    static final int MAX_TEXT = 300;

    public ImageRef cleaned() {
        return new ImageRef(Texts.clean(url), Texts.clean(alt), Texts.clean(caption));
    }

    /**
     * Adds the faults of this image, each on {@code field + ".url"}, {@code ".alt"} or {@code ".caption"}.
     *
     * @param fileRequired whether the type requires an uploaded file (events) or allows a caption alone (reports)
     */
    public void validate(String field, boolean fileRequired, MediaCatalog media, Violations v) {
        if (url == null) {
            if (fileRequired) {
                v.add(field + ".url", MediaCode.URL_REQUIRED);
            } else {
                v.check(caption != null, field + ".caption", MediaCode.CAPTION_REQUIRED);
            }
        } else {
            checkFile(field + ".url", media, v);
            v.check(alt != null, field + ".alt", MediaCode.ALT_REQUIRED);
        }
        v.check(alt == null || alt.length() <= MAX_TEXT, field + ".alt", ContentCode.TOO_LONG, MAX_TEXT);
        v.check(caption == null || caption.length() <= MAX_TEXT, field + ".caption", ContentCode.TOO_LONG, MAX_TEXT);
    }

    private void checkFile(String field, MediaCatalog media, Violations v) {
        MediaUrl parsed = MediaUrl.parse(url).orElse(null);
        if (parsed == null) {
            v.add(field, MediaCode.NOT_AN_UPLOAD, url);
        } else {
            v.check(media.exists(parsed), field, MediaCode.NO_SUCH_UPLOAD, url);
        }
    }
}
