package org.koryu.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every fault code, in every feature, has its English and its Japanese text, and the two name the
 * same values: a code added without a translation, a translation that drops a value, or a text left
 * behind by a renamed code fails here rather than in front of a person.
 */
class ViolationTextsTest {

    /** Every enum of codes in the application, found on the class path so that a new feature's codes are checked too. */
    private static List<ViolationCode> allCodes() {
        List<ViolationCode> codes = new ArrayList<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.koryu")
                .stream().filter(c -> c.isEnum() && c.isAssignableTo(ViolationCode.class)).map(JavaClass::reflect)
                .forEach(type -> codes.addAll(Arrays.asList((ViolationCode[]) type.getEnumConstants())));
        return codes;
    }

    @Test
    void everyCodeHasAnEnglishAndAJapaneseTextNamingTheSameValues() {
        List<ViolationCode> codes = allCodes();
        assertThat(codes).extracting(ViolationCode::code).as("codes are unique").doesNotHaveDuplicates()
                .contains("content.too_long", "event.end_not_after_start", "media.alt_required");
        SoftAssertions.assertSoftly(softly -> {
            for (ViolationCode code : codes) {
                String english = MessagePatterns.texts(code.bundle(), "").getProperty(code.code());
                String japanese = MessagePatterns.texts(code.bundle(), "_ja").getProperty(code.code());
                softly.assertThat(english).as("English text of %s", code.code()).isNotBlank();
                softly.assertThat(japanese).as("Japanese text of %s", code.code()).isNotBlank().isNotEqualTo(english);
                if (english != null && japanese != null) {
                    new MessageFormat(english, Locale.ROOT);
                    new MessageFormat(japanese, Locale.JAPANESE);
                    softly.assertThat(MessagePatterns.placeholders(japanese)).as("values named by %s in Japanese", code.code())
                            .isEqualTo(MessagePatterns.placeholders(english));
                }
            }
        });
    }

    @Test
    void everyTextBelongsToACode() {
        Map<String, Set<String>> codesByBundle = allCodes().stream().collect(Collectors.groupingBy(ViolationCode::bundle,
                Collectors.mapping(ViolationCode::code, Collectors.toSet())));
        codesByBundle.forEach((bundle, codes) -> {
            assertThat(MessagePatterns.texts(bundle, "").stringPropertyNames()).as(bundle).isSubsetOf(codes);
            assertThat(MessagePatterns.texts(bundle, "_ja").stringPropertyNames()).as(bundle + "_ja").isSubsetOf(codes);
        });
    }

    @Test
    void placeholdersAreReadAsMessageFormatReadsThem() {
        assertThat(MessagePatterns.placeholders("''{0}'' is not a date (e.g. {1})")).containsExactly(0, 1);
        assertThat(MessagePatterns.placeholders("name the transition, e.g. '{'\"transition\": 1'}'")).isEmpty();
        assertThat(MessagePatterns.placeholders("{0} lives on {2,choice,1#{3}|2#{3} or {4}}, not {1}")).containsExactly(0, 1, 2, 3, 4);
    }
}
