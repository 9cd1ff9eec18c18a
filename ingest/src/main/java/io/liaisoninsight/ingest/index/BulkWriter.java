package io.liaisoninsight.ingest.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes documents with one bulk request and classifies each item. The document id is the source
 * id and the version is external ({@code external_gte} on updatedAt), so a re-delivered record
 * rewrites the same document (idempotent) and an older update is refused with 409 (stale, ignored).
 */
public final class BulkWriter {

    private final ElasticsearchClient client;

    public BulkWriter(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * @return one outcome per write, in order
     * @throws IOException when Elasticsearch cannot be reached at all: every write is to be retried
     */
    public List<WriteOutcome> write(List<PendingWrite> writes) throws IOException {
        if (writes.isEmpty()) {
            return List.of();
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (PendingWrite w : writes) {
            bulk.operations(op -> op.index(i -> i.index(w.index()).id(w.id()).version(w.version())
                    .versionType(VersionType.ExternalGte).document(w.document())));
        }
        BulkResponse response = client.bulk(bulk.build());
        List<WriteOutcome> outcomes = new ArrayList<>(writes.size());
        for (BulkResponseItem item : response.items()) {
            outcomes.add(classify(item));
        }
        return outcomes;
    }

    static WriteOutcome classify(BulkResponseItem item) {
        ErrorCause error = item.error();
        if (error == null) {
            return WriteOutcome.INDEXED;
        }
        int status = item.status();
        if (status == 409 && "version_conflict_engine_exception".equals(error.type())) {
            return WriteOutcome.STALE;
        }
        String reason = error.type() + ": " + error.reason();
        if (status == 429 || status >= 500) {
            return WriteOutcome.retry(reason);
        }
        return WriteOutcome.rejected(reason);
    }
}
