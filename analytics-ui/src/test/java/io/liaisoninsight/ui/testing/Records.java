package io.liaisoninsight.ui.testing;

import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.Source;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Minimal valid records for the strict mappings. */
public final class Records {

    private Records() {
    }

    public static Map<String, Object> record(String id, Source source, Instant at, String district, String township,
                                             String title, String content) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put(Fields.ID, id);
        r.put(Fields.SOURCE, source.name());
        r.put(Fields.TITLE, title);
        r.put(Fields.CONTENT, content);
        if (district != null) {
            r.put(Fields.DISTRICT, district);
        }
        if (township != null) {
            r.put(Fields.TOWNSHIP, township);
        }
        r.put(Fields.OCCURRED_AT, at.toString());
        r.put(Fields.UPDATED_AT, at.toString());
        r.put(source.eventTimeField(), at.toString());
        return r;
    }

    /** A petition with complainants: maps of name, idNumber, phone, address. */
    public static Map<String, Object> petition(String id, Instant at, String district, String township, String title,
                                               String content, List<Map<String, String>> complainants) {
        Map<String, Object> r = record(id, Source.PETITION, at, district, township, title, content);
        r.put(Fields.Petition.CHANNEL, "VISIT");
        r.put(Fields.Petition.STATUS, "RECEIVED");
        r.put(Fields.Petition.HEADCOUNT, complainants.size());
        r.put("complainants", complainants);
        return r;
    }
}
