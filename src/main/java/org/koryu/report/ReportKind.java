package org.koryu.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a report is about: a forum (of mayors, experts) or a project carried out with partners. */
public enum ReportKind {
    FORUM("forum", "フォーラム"),
    PROJECT("project", "プロジェクト");

    private final String key;
    private final String label;

    ReportKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<ReportKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ReportKind::key).toList();
    }
}
