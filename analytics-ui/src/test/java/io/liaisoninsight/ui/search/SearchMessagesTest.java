package io.liaisoninsight.ui.search;

import io.liaisoninsight.schema.Channel;
import io.liaisoninsight.schema.PetitionStatus;
import io.liaisoninsight.schema.RiskLevel;
import io.liaisoninsight.schema.Source;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Message keys the search pages build at run time (code + constant) exist in both languages. */
class SearchMessagesTest {

    @Test
    void keysBuiltAtRunTimeExist() {
        List<String> keys = new ArrayList<>();
        for (SearchField f : SearchField.values()) {
            keys.add(f.labelKey());
        }
        for (TextTarget t : TextTarget.values()) {
            keys.add(t.labelKey());
        }
        for (ParsedQuery.Note.Kind k : ParsedQuery.Note.Kind.values()) {
            keys.add("search.note." + k.name());
        }
        for (Deadlines.Kind k : Deadlines.Kind.values()) {
            keys.add("search.badge." + k.name());
        }
        for (SearchCriteria.DateRange.Preset p : SearchCriteria.DateRange.Preset.values()) {
            keys.add("search.date." + p.name());
        }
        for (SearchCriteria.Sort s : SearchCriteria.Sort.values()) {
            keys.add("search.sort." + s.name());
        }
        for (Channel c : Channel.values()) {
            keys.add("channel." + c.name());
        }
        for (PetitionStatus s : PetitionStatus.values()) {
            keys.add("status." + s.name());
        }
        for (RiskLevel r : RiskLevel.values()) {
            keys.add("risk." + r.name());
        }
        for (Source s : Source.values()) {
            keys.add("source." + s.name());
        }
        for (String column : SearchExport.COLUMNS) {
            keys.add("search.export.column." + column);
        }
        for (String kind : List.of("RECEIVED", "VISITED", "PUBLISHED", "PROCEDURAL_DUE", "PROCEDURAL_REPLY",
                "SUBSTANTIVE_DUE", "SUBSTANTIVE_REPLY", "INGESTED")) {
            keys.add("record.timeline." + kind);
        }
        for (String linked : List.of("ID_NUMBER", "PHONE", "NAME_TOWNSHIP")) {
            keys.add("record.linkedBy." + linked);
        }
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = SearchMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
