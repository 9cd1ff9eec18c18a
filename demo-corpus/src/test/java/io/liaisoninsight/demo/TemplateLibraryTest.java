package io.liaisoninsight.demo;

import io.liaisoninsight.demo.reference.District;
import io.liaisoninsight.demo.reference.LanzhouDistricts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateLibraryTest {

    private final TemplateLibrary library = TemplateLibrary.load();

    @Test
    void everySlotOfEveryTemplateCanBeFilled() {
        LanzhouDistricts lanzhou = LanzhouDistricts.load();
        Timeline timeline = new Timeline(CorpusSettings.of(1, 1));
        EntityNames entities = new EntityNames(ChineseNames.load());
        Dice dice = new Dice(1);
        District district = lanzhou.district("榆中县");
        for (IssueCategory category : library.categories()) {
            Matter matter = entities.matter(dice, timeline, category, district, district.townships().get(6),
                    timeline.dayStart(200));
            Scene scene = new Scene(dice, timeline, library, entities, matter, timeline.dayStart(200))
                    .name("王建军").office("青城镇检察室", "李明").referredBy("兰州市人大代表张伟").theme("依法信访");
            for (Template t : library.all()) {
                String text = scene.render(t);
                assertThat(text).as(t.toString()).doesNotContain("{").doesNotContain("}").isNotBlank();
            }
        }
    }

    @Test
    void anUnknownSlotFailsLoudly() {
        Timeline timeline = new Timeline(CorpusSettings.of(1, 1));
        EntityNames entities = new EntityNames(ChineseNames.load());
        District district = LanzhouDistricts.load().district("城关区");
        Matter matter = entities.matter(new Dice(1), timeline, library.categories().get(0), district,
                district.townships().get(0), timeline.dayStart(10));
        Scene scene = new Scene(new Dice(1), timeline, library, entities, matter, timeline.dayStart(10));
        assertThatThrownBy(() -> scene.render(Template.parse("{nosuch}"))).hasMessageContaining("nosuch");
    }

    @Test
    void dangerKeywordsOccurOnlyInTheDangerPools() {
        List<Template> danger = new java.util.ArrayList<>(library.common().dangerFirstPerson());
        danger.addAll(library.common().dangerThirdPerson());
        for (Template t : library.all()) {
            boolean isDanger = danger.contains(t);
            boolean hasKeyword = library.dangerKeywords().stream().anyMatch(k -> t.toString().contains(k));
            assertThat(hasKeyword).as(t.toString()).isEqualTo(isDanger);
        }
    }

    @Test
    void synonymGroupsAreUsedByTheTemplates() {
        String all = library.all().toString();
        library.synonyms().keySet().forEach(word -> assertThat(all).contains("{" + word + "}"));
        assertThat(library.synonyms().get("拆迁")).contains("拆迁", "征收");
        assertThat(library.synonyms().get("欠薪")).contains("欠薪", "拖欠工资");
        assertThat(library.synonyms().get("信访")).contains("信访", "上访");
    }

    @Test
    void moneyIsWrittenAsPeopleWriteIt() {
        StringBuilder b = new StringBuilder();
        Scene.money(b, 8_600);
        b.append(' ');
        Scene.money(b, 126_000);
        b.append(' ');
        Scene.money(b, 1_500_000);
        assertThat(b).hasToString("8600元 12.6万元 150万元");
    }
}
