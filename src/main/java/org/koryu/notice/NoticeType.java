package org.koryu.notice;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.koryu.content.ContentCode;
import org.koryu.content.ContentRef;
import org.koryu.content.ContentType;
import org.koryu.content.ListFilter;
import org.koryu.content.LiveContent;
import org.koryu.content.LiveVersion;
import org.koryu.content.LocalizedText;
import org.koryu.content.Publication;
import org.koryu.content.QueryParameters;
import org.koryu.content.References;
import org.koryu.content.Violations;
import org.koryu.platform.TimeZones;

/** The calendar notice type, listed in its sort order. */
@ApplicationScoped
public class NoticeType implements ContentType<NoticeContent> {

    public static final String NAME = "notice";
    private static final String MARK = "※";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String collection() {
        return "notices";
    }

    @Override
    public Class<NoticeContent> contentClass() {
        return NoticeContent.class;
    }

    @Override
    public String title(NoticeContent content) {
        return content.text() == null || content.text().ja() == null ? "" : content.text().ja();
    }

    @Override
    public String slugBase(NoticeContent content) {
        return content.text().en() == null ? NAME : content.text().en();
    }

    /** The ※ is how the page marks a notice, not part of its text: a pasted line keeps it, so it is dropped here. */
    @Override
    public NoticeContent clean(NoticeContent c) {
        LocalizedText text = c.text() == null ? new LocalizedText(null, null) : c.text().cleaned();
        String ja = text.ja() != null && text.ja().startsWith(MARK) ? text.ja().substring(MARK.length()).strip() : text.ja();
        return new NoticeContent(new LocalizedText(ja == null || ja.isEmpty() ? null : ja, text.en()),
                c.sortOrder() == null ? 100 : c.sortOrder());
    }

    @Override
    public void validate(NoticeContent c, Violations v, References references) {
        if (v.check(c.text().ja() != null, "text.ja", ContentCode.JAPANESE_TEXT_REQUIRED, "お越しの際は、マイバッグをお持ちください。")) {
            v.check(c.text().ja().length() <= 500, "text.ja", ContentCode.TOO_LONG, 500);
        }
        v.check(c.text().en() == null || c.text().en().length() <= 500, "text.en", ContentCode.TOO_LONG, 500);
        v.check(c.sortOrder() >= 0 && c.sortOrder() <= 9999, "sortOrder", ContentCode.OUT_OF_RANGE, 0, 9999);
    }

    @Override
    public Set<ContentRef> references(NoticeContent content) {
        return Set.of();
    }

    @Override
    public Publication publication(LiveVersion<NoticeContent> version, LiveContent live) {
        NoticeContent c = version.content();
        NoticeDocument doc = new NoticeDocument(NAME, version.id(), version.slug(), c.text(), MARK + c.text().ja(),
                c.sortOrder(), TimeZones.tokyo(version.publishedAt()), TimeZones.tokyo(version.updatedAt()));
        return new Publication(doc, String.format("%04d", c.sortOrder()), List.of(), Map.of(),
                c.text().ja() + " " + (c.text().en() == null ? "" : c.text().en()));
    }

    @Override
    public ListFilter listQuery(QueryParameters parameters) {
        return new ListFilter(null, null, Map.of(), parameters.single("q").orElse(null));
    }
}
