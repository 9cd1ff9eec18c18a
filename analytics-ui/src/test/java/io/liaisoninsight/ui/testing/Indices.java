package io.liaisoninsight.ui.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.indices.get_index_template.IndexTemplateItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.schema.SystemIndex;
import io.liaisoninsight.testsupport.ElasticsearchClients;
import io.liaisoninsight.testsupport.Engines;
import io.liaisoninsight.ui.audit.AuditAction;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test data in and audit entries out of the real Elasticsearch, under a test's random prefix. */
public final class Indices {

    private Indices() {
    }

    /** Indexes records into their monthly indices (by {@code occurredAt}) and makes them searchable. */
    public static void index(ElasticsearchClient client, IndexNames names, List<Map<String, Object>> records)
            throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        for (Map<String, Object> record : records) {
            Source source = Source.valueOf((String) record.get(Fields.SOURCE));
            String index = names.monthlyIndex(source, Instant.parse((String) record.get(Fields.OCCURRED_AT)));
            bulk.operations(o -> o.index(i -> i.index(index).id((String) record.get(Fields.ID)).document(record)));
        }
        var response = client.bulk(bulk.build());
        if (response.errors()) {
            throw new IllegalStateException("bulk failed: " + response.items().stream()
                    .filter(i -> i.error() != null).findFirst().orElseThrow().error());
        }
    }

    /** Audit entries of one user and action, newest first (after a refresh, so nothing is missed). */
    public static List<ObjectNode> audit(ElasticsearchClient client, IndexNames names, String user,
                                         AuditAction action) throws IOException {
        String alias = names.alias(SystemIndex.AUDIT);
        client.indices().refresh(r -> r.index(alias));
        List<Query> filters = new ArrayList<>();
        filters.add(QueryBuilders.term(t -> t.field(Fields.Audit.ACTION).value(action.name())));
        if (user != null) {
            filters.add(QueryBuilders.term(t -> t.field(Fields.Audit.USER).value(user)));
        }
        return client.search(s -> s.index(alias).size(1000).query(q -> q.bool(b -> b.filter(filters)))
                        .sort(o -> o.field(f -> f.field(Fields.Audit.AT).order(SortOrder.Desc))), ObjectNode.class)
                .hits().hits().stream().map(h -> h.source()).toList();
    }

    /** Drops the indices and templates of a test prefix. */
    public static void drop(Engines engines, String prefix) throws IOException {
        ElasticsearchClient es = ElasticsearchClients.create(engines);
        try {
            List<String> indices = List.copyOf(es.indices().get(g -> g.index(prefix + "-*")).result().keySet());
            if (!indices.isEmpty()) {
                es.indices().delete(d -> d.index(indices));
            }
            for (IndexTemplateItem template : missingAsEmpty(() -> es.indices()
                    .getIndexTemplate(t -> t.name(prefix + "-*")).indexTemplates())) {
                es.indices().deleteIndexTemplate(d -> d.name(template.name()));
            }
            for (var template : missingAsEmpty(() -> es.cluster()
                    .getComponentTemplate(t -> t.name(prefix + "-*")).componentTemplates())) {
                es.cluster().deleteComponentTemplate(d -> d.name(template.name()));
            }
        } finally {
            es._transport().close();
        }
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static <T> List<T> missingAsEmpty(IoSupplier<List<T>> lookup) throws IOException {
        try {
            return lookup.get();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }
}
