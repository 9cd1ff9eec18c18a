package io.liaisoninsight.demo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicateEditorTest {

    private static final String TEXT = "尊敬的领导：\n我们是榆中县青城镇青城村的村民，家中房屋在去年被列入征收范围。"
            + "当时签订协议时，对方承诺六个月内发放全部补偿款，但至今只拿到了一部分！"
            + "我们多次找到镇政府反映，但每次都是推来推去，没有一个明确的答复。"
            + "安置房原定今年五月交付，到现在还是一片工地，我们只能在外租房居住。"
            + "过渡安置费已经八个月没有发放了，租房的钱都是借来的。"
            + "请求检察机关依法监督，督促有关部门尽快足额发放补偿款。";

    @Test
    void sentencesJoinBackToTheText() {
        List<String> sentences = NearDuplicateEditor.sentences(TEXT);
        assertThat(String.join("", sentences)).isEqualTo(TEXT);
        assertThat(sentences).hasSize(6).first().asString().startsWith("尊敬的领导");
    }

    @Test
    void editsChangeTheTextALittleAndSayHow() {
        NearDuplicateEditor editor = new NearDuplicateEditor();
        Dice dice = new Dice(3);
        for (NearDuplicateEditor.Edit edit : NearDuplicateEditor.Edit.values()) {
            NearDuplicateEditor.Edited edited = editor.edit(dice, "关于补偿款的反映", TEXT, 1, List.of(edit));
            assertThat(edited.content()).as(edit.name()).isNotEqualTo(TEXT);
            assertThat(edited.edits()).as(edit.name()).isNotEmpty();
            assertThat(Similarity.bigramJaccard(edited.content(), TEXT)).as(edit.name()).isGreaterThan(0.8);
        }
    }
}
