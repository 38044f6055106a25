package org.koryu.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Cleans rich text (event descriptions, report bodies) with the OWASP Java HTML Sanitizer and an
 * allow-list: paragraphs, line breaks, emphasis, lists, headings h3–h4, block quotes and links
 * to http(s) or mailto (opened with rel="nofollow noopener"). Everything else — scripts, styles,
 * event handlers, frames, images (images are content with alt text, not inline HTML) — is dropped.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("ul", "ol", "li", "br", "hr", "blockquote", "h3", "h4")
                    .allowElements("a")
                    .allowAttributes("href").onElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .requireRelsOnLinks("nofollow", "noopener")
                    .toFactory());

    private RichText() {
    }

    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String cleaned = POLICY.sanitize(html).strip();
        return cleaned.replaceAll("(?i)<p>(\\s|<br\\s*/?>|&nbsp;|&#160;)*</p>", "").isBlank() ? null : cleaned;
    }

    /** The text of cleaned HTML without tags, for search. */
    public static String plain(String html) {
        return html == null ? "" : html.replaceAll("<[^>]*>", " ").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&#34;", "\"").replace("&#39;", "'").replaceAll("\\s+", " ").strip();
    }
}
