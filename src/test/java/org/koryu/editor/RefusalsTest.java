package org.koryu.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.koryu.content.ConflictException;
import org.koryu.content.ContentCode;
import org.koryu.content.Fault;
import org.koryu.workflow.engine.TransitionNotAllowedException;
import org.koryu.workflow.engine.TransitionNotPossibleException;
import org.koryu.workflow.engine.WorkflowException.Reason;

class RefusalsTest {

    private final Refusals refusals = new Refusals();

    RefusalsTest() {
        refusals.messages = new Messages();
        refusals.messages.language = new LanguageBean();
        refusals.labels = new WorkflowLabels();
        refusals.labels.messages = refusals.messages;
    }

    @Test
    void aRefusedTransitionIsSaidInJapaneseWithTheStateAsThePageNamesIt() {
        assertThat(refusals.text(new TransitionNotAllowedException(Reason.NOT_AUTHOR, "'approve' refused", "supervisor", 3)))
                .isEqualTo("第3版は supervisor さんが書いたため、ほかの人が行う必要があります（作成者以外による確認）。");
        assertThat(refusals.text(new TransitionNotPossibleException(Reason.NOT_IN_STATE, "not possible", "approve", "published")))
                .startsWith("現在の状態（公開中）ではこの操作はできません。");
    }

    @Test
    void inEnglishTheRefusalHasItsOwnEnglishText() {
        refusals.messages.language.setLanguage("en");
        assertThat(refusals.text(new TransitionNotPossibleException(Reason.NOT_IN_STATE, "not possible", "approve", "published")))
                .startsWith("This cannot be done in the present state of the item (Published)");
    }

    @Test
    void aConflictNamesTheItemsInEnglishAsTheApiDidAndInJapaneseForThePage() {
        ConflictException one = new ConflictException(Fault.of(ContentCode.SHOWS_UNPUBLISHED, "吾妻の朝市", "venue 'hall'", 1),
                List.of("venue 'hall'"));
        ConflictException two = new ConflictException(Fault.of(ContentCode.SHOWS_UNPUBLISHED, "吾妻の朝市",
                "venue 'hall', municipality 'ome'", 2), List.of("venue 'hall'", "municipality 'ome'"));

        assertThat(one).hasMessage("'吾妻の朝市' cannot be published: it shows venue 'hall', which is not published; publish it first");
        assertThat(two).hasMessage("'吾妻の朝市' cannot be published: it shows venue 'hall', municipality 'ome', which are not "
                + "published; publish them first");
        assertThat(refusals.text(two)).isEqualTo("「吾妻の朝市」は公開できません。表示している venue 'hall', municipality 'ome' "
                + "がまだ公開されていません（2件）。先に公開してください。");
    }
}
