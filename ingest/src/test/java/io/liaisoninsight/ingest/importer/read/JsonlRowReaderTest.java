package io.liaisoninsight.ingest.importer.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class JsonlRowReaderTest {

    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();
    private final JsonlRowReader reader = new JsonlRowReader(new ObjectMapper());

    @Test
    void flattensObjectsIntoFieldPathsAndKeepsGoingAfterABadLine() throws Exception {
        Path file = Files.writeString(dir.resolve("dump.jsonl"), """
                \uFEFF{"id":"M-1","title":"标题","reach":{"views":1200,"shares":null},"complainants":[{"name":"张三"},{"name":"李四"}]}
                {"id":"M-2", "title":
                
                [1,2]
                {"id":"M-3","headcount":2}
                """);

        reader.read(file, sink);

        assertThat(sink.headers).isEmpty();
        assertThat(sink.rows).hasSize(4);
        assertThat(sink.rows.get(0).values()).containsOnlyKeys("id", "title", "reach.views",
                "complainants[0].name", "complainants[1].name");
        assertThat(sink.rows.get(0).value("reach.views")).isEqualTo("1200");
        SourceRow bad = sink.rows.get(1);
        assertThat(bad.readable()).isFalse();
        assertThat(bad.number()).isEqualTo(2);
        assertThat(bad.problem()).startsWith("不是合法的 JSON");
        assertThat(bad.value(SourceRow.RAW_LINE)).isEqualTo("{\"id\":\"M-2\", \"title\":");
        assertThat(sink.rows.get(2).problem()).contains("JSON 对象");
        assertThat(sink.rows.get(3).number()).isEqualTo(5); // the blank line 3 still counts
    }

    @Test
    void aRejectedRowsFileKeepsTheOriginalRowNumbers() throws Exception {
        Path file = Files.writeString(dir.resolve("x.csv.rejected.jsonl"),
                "{\"#row\":17,\"#problems\":[\"channel: …\"],\"信访编号\":\"A1\"}\n");

        reader.read(file, sink);

        assertThat(sink.rows.get(0).number()).isEqualTo(17);
        assertThat(sink.rows.get(0).values()).containsOnlyKeys("信访编号");
    }
}
