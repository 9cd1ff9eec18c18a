package io.liaisoninsight.ingest.importer.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaisoninsight.schema.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MappingLoaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final MappingLoader loader = new MappingLoader(JSON);

    @Test
    void theShippedExamplesLoad() throws Exception {
        FieldMapping petitions = loader.load("classpath:importer/petition-xls-example.json");
        assertThat(petitions.source()).isEqualTo(Source.PETITION);
        assertThat(petitions.requiredColumns()).contains("信访编号", "登记时间", "信访方式", "信访人", "主要内容")
                .doesNotContain("越级情况", "转办代表");

        FieldMapping hotline = loader.load("classpath:importer/hotline-csv-example.yaml");
        assertThat(hotline.source()).isEqualTo(Source.PETITION);
        assertThat(hotline.defaults()).containsKey(FieldPath.parse("channel"));
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> loader.load(dir.resolve("nope.json").toString()))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("找不到映射文件").hasMessageContaining("nope.json");
    }

    @Test
    void aSyntaxErrorGivesTheLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\n  \"source\": \"petition\",\n  \"id\" \"x\"\n}");

        assertThatThrownBy(() -> loader.load(file.toString()))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("第 3 行");
    }

    @Test
    void aFieldOutsideTheContractIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> read("{\"source\":\"petition\",\"id\":\"{a}\",\"columns\":{\"标题\":\"titel\"}}"))
                .hasMessageContaining("列「标题」").hasMessageContaining("titel")
                .hasMessageContaining("petitions.v1").hasMessageContaining("title");
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> read("{\"source\":\"letters\",\"id\":\"{a}\",\"columns\":{\"a\":\"title\"}}"))
                .hasMessageContaining("source");
        assertThatThrownBy(() -> read("{\"source\":\"petition\",\"id\":\"XF-1\",\"columns\":{\"a\":\"title\"}}"))
                .hasMessageContaining("{row}");
        assertThatThrownBy(() -> read("{\"source\":\"petition\",\"id\":\"{a}\",\"colums\":{}}"))
                .hasMessageContaining("colums");
        assertThatThrownBy(() -> read("{\"source\":\"petition\",\"id\":\"{a}\",\"columns\":{\"人\":\"complainants[].name\"}}"))
                .hasMessageContaining("split");
        assertThatThrownBy(() -> read("{\"source\":\"petition\",\"id\":\"{a\",\"columns\":{\"a\":\"title\"}}"))
                .hasMessageContaining("花括号");
    }

    @Test
    void yamlAndChineseSourceNamesWork() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.yml"), """
                source: 走访记录
                id: "ZF-{row}"
                headerRow: 2
                columns:
                  联络室: office
                """);

        FieldMapping mapping = loader.load(file.toString());

        assertThat(mapping.source()).isEqualTo(Source.VISIT_NOTE);
        assertThat(mapping.read().headerRow()).isEqualTo(2);
    }

    private FieldMapping read(String json) throws Exception {
        return loader.read(JSON.readTree(json));
    }
}
