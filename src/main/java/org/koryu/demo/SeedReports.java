package org.koryu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.koryu.content.LocalizedText;
import org.koryu.media.ImageRef;
import org.koryu.report.JapaneseEraDates;
import org.koryu.report.Participant;
import org.koryu.report.ReportContent;
import org.koryu.report.ReportKind;

/**
 * Reads the reports of the seed page. A report is a heading line followed by a paragraph that
 * opens with its 令和 date (令和5年5月20日、山梨県忍野村で、…); a 特別企画 line just above the
 * heading names its programme. Its paragraphs (ending in 。) are the body, except one opening with
 * 次回 (the next meeting); its other lines are photo captions, whose files the page does not hold.
 * A report runs to the next one's heading or to the partner list (杉並区の…).
 *
 * <p>Theme, moderator and participants are read from the page's own phrasing: 「…」をテーマに,
 * 「name role」を進行役に, 「A と B」らによる. Partners are the municipalities whose names the report
 * mentions; the one where it took place is the host. Nothing the page does not say is made up.
 */
final class SeedReports {

    private static final Pattern OPENING = Pattern.compile("^令和[^、に]*?日(?:[～〜][^、に]*?日)?[、に]\\s*(.+?)で");
    private static final Pattern THEME = Pattern.compile("「([^」]+)」をテーマに");
    private static final Pattern MODERATOR = Pattern.compile("をテーマに、(.+?)を進行役に");
    private static final Pattern PARTICIPANTS = Pattern.compile("進行役に、(.+?)らによる");
    private static final String SERIES_MARK = "特別企画";
    private static final String END_MARK = "杉並区の";

    private SeedReports() {
    }

    /**
     * @param partners partner names (名寄市) to slugs (nayoro)
     */
    static List<ReportContent> read(List<String> lines, Map<String, String> partners) {
        List<String> text = lines.stream().map(String::strip).toList();
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            if (text.get(i).startsWith("令和") && JapaneseEraDates.findRange(text.get(i)).isPresent()) {
                previousNonBlank(text, i).ifPresent(headings::add);
            }
        }
        List<ReportContent> reports = new ArrayList<>();
        for (int r = 0; r < headings.size(); r++) {
            int heading = headings.get(r);
            int end = r + 1 < headings.size() ? start(text, headings.get(r + 1)) : endMark(text, heading);
            String series = series(text, heading);
            reports.add(report(text.get(heading), series, text.subList(heading + 1, end), partners));
        }
        return reports;
    }

    private static ReportContent report(String heading, String series, List<String> block, Map<String, String> partners) {
        List<String> paragraphs = new ArrayList<>();
        List<ImageRef> photos = new ArrayList<>();
        String next = null;
        for (String line : block) {
            if (line.isEmpty()) {
                continue;
            }
            if (!line.endsWith("。")) {
                photos.add(new ImageRef(null, null, line));
            } else if (line.startsWith("次回")) {
                next = line;
            } else {
                paragraphs.add(line);
            }
        }
        String opening = paragraphs.get(0);
        LocalDate[] held = JapaneseEraDates.findRange(opening).orElseThrow();
        String all = String.join("", paragraphs) + (next == null ? "" : next);
        String place = group(OPENING, opening);
        String host = place == null ? null : mentioned(place, partners).stream().findFirst().orElse(null);
        Set<String> related = mentioned(heading + all, partners);
        String kind = heading.contains("フォーラム") ? ReportKind.FORUM.key() : ReportKind.PROJECT.key();
        StringBuilder body = new StringBuilder();
        paragraphs.forEach(p -> body.append("<p>").append(escape(p)).append("</p>"));
        return new ReportContent(kind, LocalizedText.ja(heading), series, held[0].toString(),
                held[1].equals(held[0]) ? null : held[1].toString(), host, null, place, group(THEME, all),
                moderator(group(MODERATOR, all)), participants(group(PARTICIPANTS, all)), body.toString(), photos,
                List.copyOf(related), next);
    }

    /** 大杉 寛 東京都立大学教授: the last word is the role, the words before it the name. */
    private static Participant moderator(String text) {
        if (text == null) {
            return null;
        }
        String[] words = text.strip().split("[ \u3000]+");
        if (words.length < 2) {
            return new Participant(text.strip(), null);
        }
        return new Participant(String.join(" ", Arrays.copyOf(words, words.length - 1)), words[words.length - 1]);
    }

    /** 区長と各交流自治体の首長: people named by their role alone. */
    private static List<Participant> participants(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("と")).map(String::strip).filter(s -> !s.isEmpty())
                .map(role -> new Participant(null, role)).toList();
    }

    private static Set<String> mentioned(String text, Map<String, String> partners) {
        Set<String> slugs = new LinkedHashSet<>();
        partners.entrySet().stream()
                .filter(p -> text.contains(p.getKey()))
                .sorted(Comparator.comparingInt(p -> text.indexOf(p.getKey())))
                .forEach(p -> slugs.add(p.getValue()));
        return slugs;
    }

    private static String series(List<String> text, int heading) {
        return previousNonBlank(text, heading).map(text::get).filter(line -> line.startsWith(SERIES_MARK)).orElse(null);
    }

    /** Where a report starts: its programme line if it has one, else its heading. */
    private static int start(List<String> text, int heading) {
        return series(text, heading) == null ? heading : previousNonBlank(text, heading).orElseThrow();
    }

    private static int endMark(List<String> text, int from) {
        for (int i = from; i < text.size(); i++) {
            if (text.get(i).startsWith(END_MARK)) {
                return i;
            }
        }
        return text.size();
    }

    private static Optional<Integer> previousNonBlank(List<String> text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!text.get(i).isEmpty()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
