package org.koryu.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ImportProblemTest {

    @Test
    void factoriesNameTheLineInTheMessage() {
        assertThat(ImportProblem.error(12, "no 場所 line"))
                .isEqualTo(new ImportProblem(12, "error", "line 12: no 場所 line"));
        assertThat(ImportProblem.warning(3, "check the source"))
                .isEqualTo(new ImportProblem(3, "warning", "line 3: check the source"));
        assertThat(ImportProblem.ignored(7, "'雨天決行' is not an entry line"))
                .isEqualTo(new ImportProblem(7, "warning", "line 7 ignored: '雨天決行' is not an entry line"));
    }

    @Test
    void refusesAnUnknownSeverity() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ImportProblem(1, "fatal", "x"))
                .withMessage("import problem severity must be 'error' or 'warning', got 'fatal'");
    }

    @Test
    void refusesALineBeforeTheFirst() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ImportProblem(0, "error", "x"))
                .withMessage("an import problem needs a line number from 1 on, got 0");
    }

    @Test
    void refusesABlankMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ImportProblem(2, "error", " "))
                .withMessage("import problem on line 2 needs a message");
    }
}
