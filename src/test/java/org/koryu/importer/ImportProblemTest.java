package org.koryu.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.koryu.content.ContentCode;
import org.koryu.content.Fault;
import org.koryu.content.Violation;

class ImportProblemTest {

    @Test
    void theEnglishMessageNamesTheLine() {
        assertThat(ImportProblem.error(12, ImportCode.NO_VENUE).message()).isEqualTo("line 12: the 場所 line names no venue");
        assertThat(ImportProblem.warning(7, ImportCode.NOT_AN_ENTRY_LINE, "雨天決行").message()).isEqualTo("line 7: ignored: "
                + "'雨天決行' is not an event line (kind and title), a 日時, 場所 or ※ line, or a month heading");
    }

    @Test
    void aFaultOfTheDraftIsSaidInsideTheProblemInTheSameLanguage() {
        Violation tooLong = new Violation("title.ja", ContentCode.TOO_LONG, List.of(200));
        ImportProblem problem = ImportProblem.error(5, ImportCode.NOT_CREATED, tooLong.field(), tooLong.fault());

        assertThat(problem.message()).isEqualTo("line 5: not created: title.ja: at most 200 characters");
        assertThat(problem.fault().text(Locale.JAPANESE)).isEqualTo("下書きを作成しませんでした。200文字以内で入力してください。（項目：title.ja）");
    }

    @Test
    void refusesAnUnknownSeverity() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ImportProblem(1, "fatal", Fault.of(ImportCode.NO_VENUE)))
                .withMessage("import problem severity must be 'error' or 'warning', got 'fatal'");
    }

    @Test
    void refusesALineBeforeTheFirst() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ImportProblem(0, "error", Fault.of(ImportCode.NO_VENUE)))
                .withMessage("an import problem needs a line number from 1 on, got 0");
    }

    @Test
    void refusesAProblemWithoutFault() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ImportProblem(2, "error", null))
                .withMessage("import problem on line 2 needs a fault");
    }
}
