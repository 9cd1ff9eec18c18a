package io.liaisoninsight.ui.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.nodes.info.NodeInfo;
import co.elastic.clients.elasticsearch._types.query_dsl.QueryBuilders;
import io.liaisoninsight.schema.Fields;
import io.liaisoninsight.schema.IndexNames;
import io.liaisoninsight.schema.Source;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.ScopedSearch;
import io.liaisoninsight.ui.system.Problems;
import io.liaisoninsight.ui.system.SchemaSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchProperties;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks Elasticsearch, the schema, the record counts and Kafka, and reports them as one record. The
 * counts are the user's: only records within their scope ({@link ScopedSearch}).
 */
@Service
public class EngineHealthService {

    private static final Logger log = LoggerFactory.getLogger(EngineHealthService.class);

    private final ElasticsearchClient client;
    private final String elasticsearchAddress;
    private final IndexNames names;
    private final ScopedSearch records;
    private final SchemaSetup schema;
    private final KafkaProbe kafka;
    private final Clock clock;

    EngineHealthService(ElasticsearchClient client, ElasticsearchProperties elasticsearch, IndexNames names,
                        ScopedSearch records, SchemaSetup schema, KafkaProbe kafka, Clock clock) {
        this.client = client;
        this.elasticsearchAddress = withoutCredentials(elasticsearch.getUris());
        this.names = names;
        this.records = records;
        this.schema = schema;
        this.kafka = kafka;
        this.clock = clock;
    }

    /** @param user whose scope the record counts follow */
    public EngineHealth check(CurrentUser user) {
        EngineHealth.Elasticsearch cluster = cluster();
        EngineHealth.Schema schemaState;
        EngineHealth.Documents documents = null;
        if (cluster.up()) {
            SchemaSetup.State state = schema.ensureInstalled();
            schemaState = new EngineHealth.Schema(state.expectedVersion(), state.installedVersion(), state.current(),
                    state.problem());
            documents = documents(user);
        } else {
            // Not worth a second connection attempt: the schema cannot be read from a cluster that is down.
            schemaState = new EngineHealth.Schema(schema.expectedVersion(), null, false, null);
        }
        return new EngineHealth(clock.instant(), cluster, kafka.probe(), schemaState, documents);
    }

    private EngineHealth.Elasticsearch cluster() {
        try {
            HealthResponse health = client.cluster().health();
            return EngineHealth.Elasticsearch.up(elasticsearchAddress, health.clusterName(),
                    health.status().jsonValue(), versions(), health.numberOfNodes());
        } catch (IOException | RuntimeException e) {
            return EngineHealth.Elasticsearch.down(elasticsearchAddress, Problems.describe(e));
        }
    }

    /**
     * The nodes' versions (more than one during a rolling upgrade). Read from the nodes info API, not
     * {@code GET /}: the local engine's Elasticsearch build has no root endpoint.
     */
    private String versions() throws IOException {
        return client.nodes().info(n -> n.metric("process")).nodes().values().stream()
                .map(NodeInfo::version).distinct().sorted().collect(Collectors.joining(", "));
    }

    /** Counts per source within the user's scope, through the records alias; null if counting fails. */
    private EngineHealth.Documents documents(CurrentUser user) {
        try {
            List<EngineHealth.SourceCount> counts = new ArrayList<>();
            for (Source source : Source.values()) {
                long count = records.count(user, QueryBuilders.term(t -> t.field(Fields.SOURCE).value(source.name())));
                counts.add(new EngineHealth.SourceCount(source, names.alias(source), count));
            }
            long total = counts.stream().mapToLong(EngineHealth.SourceCount::count).sum();
            return new EngineHealth.Documents(List.copyOf(counts), total);
        } catch (RuntimeException e) {
            log.warn("cannot count records: {}", Problems.describe(e));
            return null;
        }
    }

    /** Shown on the page and in the API, so a user:password in the URI must not be. */
    private static String withoutCredentials(List<String> uris) {
        return uris.stream().map(URI::create)
                .map(u -> u.getUserInfo() == null ? u.toString() : u.getScheme() + "://" + u.getHost()
                        + (u.getPort() < 0 ? "" : ":" + u.getPort()) + (u.getRawPath() == null ? "" : u.getRawPath()))
                .collect(Collectors.joining(", "));
    }
}
