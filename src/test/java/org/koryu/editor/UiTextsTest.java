package org.koryu.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.koryu.accounts.AccountException;
import org.koryu.content.MessagePatterns;
import org.koryu.workflow.engine.WorkflowException;

/**
 * The editor's own texts: every key has an English and a Japanese text naming the same values, and
 * every reason a service refuses with has a text, so that a refusal added without a translation
 * fails here rather than showing a key in front of a person.
 */
class UiTextsTest {

    private static final String BUNDLE = "org.koryu.editor.messages";

    /** A PrimeFaces template such as the paginator's {startRecord}, which no MessageFormat reads. */
    private static final Pattern NAMED = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Properties english = MessagePatterns.texts(BUNDLE, "");
    private final Properties japanese = MessagePatterns.texts(BUNDLE, "_ja");

    @Test
    void everyTextIsInBothLanguagesNamingTheSameValues() {
        assertThat(japanese.stringPropertyNames()).as("Japanese keys").isEqualTo(english.stringPropertyNames());
        SoftAssertions.assertSoftly(softly -> {
            for (String key : english.stringPropertyNames()) {
                String en = english.getProperty(key);
                String ja = japanese.getProperty(key);
                if (ja != null && NAMED.matcher(en).find()) {
                    softly.assertThat(named(ja)).as("values named by %s in Japanese", key).isEqualTo(named(en));
                } else if (ja != null) {
                    new MessageFormat(en, Locale.ROOT);
                    new MessageFormat(ja, Locale.JAPANESE);
                    softly.assertThat(MessagePatterns.placeholders(ja)).as("values named by %s in Japanese", key)
                            .isEqualTo(MessagePatterns.placeholders(en));
                }
            }
        });
    }

    @Test
    void anEnglishViewIsEnglishOnAServerWhoseDefaultLocaleIsJapanese() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            ResourceBundle.clearCache();
            assertThat(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString("item.title")).isEqualTo("Title");
            assertThat(ResourceBundle.getBundle(BUNDLE, Locale.JAPANESE).getString("item.title")).isEqualTo("タイトル");
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    private static Set<String> named(String template) {
        return NAMED.matcher(template).results().map(m -> m.group(1)).collect(Collectors.toSet());
    }

    @Test
    void everyRefusalOfTheWorkflowAndOfTheAccountsHasAText() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(WorkflowException.Reason.values()).forEach(r -> keys.add("workflow.refused." + r.key()));
        Arrays.stream(AccountException.Reason.values()).forEach(r -> keys.add("account.refused." + r.key()));

        assertThat(english.stringPropertyNames()).containsAll(keys);
        assertThat(japanese.stringPropertyNames()).containsAll(keys);
    }
}
