package io.liaisoninsight.testsupport;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.get_index_template.IndexTemplateItem;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Removes what a test created under its random prefix, so a shared engine stays clean. */
public final class TestCleanup {
    private TestCleanup() {
    }

    /** Deletes the indices, index templates and component templates named {@code <prefix>-*}. */
    public static void dropSchema(Engines engines, String prefix) throws IOException {
        ElasticsearchClient client = ElasticsearchClients.create(engines);
        try {
            // Wildcard deletes are refused by default (action.destructive_requires_name): resolve names first.
            List<String> indices = List.copyOf(client.indices().get(r -> r.index(prefix + "-*")).result().keySet());
            if (!indices.isEmpty()) {
                client.indices().delete(r -> r.index(indices));
            }
            // Index templates first: a component template in use cannot be deleted.
            for (String name : ignoringMissing(() -> client.indices().getIndexTemplate(r -> r.name(prefix + "-*"))
                    .indexTemplates().stream().map(IndexTemplateItem::name).toList())) {
                client.indices().deleteIndexTemplate(r -> r.name(name));
            }
            for (String name : ignoringMissing(() -> client.cluster().getComponentTemplate(r -> r.name(prefix + "-*"))
                    .componentTemplates().stream().map(c -> c.name()).toList())) {
                client.cluster().deleteComponentTemplate(r -> r.name(name));
            }
        } finally {
            client._transport().close();
        }
    }

    /** Deletes the topics whose names start with the prefix. */
    public static void deleteTopics(Engines engines, String topicPrefix)
            throws ExecutionException, InterruptedException, TimeoutException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafkaBootstrap()))) {
            List<String> mine = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(topicPrefix)).toList();
            if (!mine.isEmpty()) {
                admin.deleteTopics(mine).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** A template lookup whose pattern matches nothing answers 404. */
    private static List<String> ignoringMissing(IoSupplier<List<String>> lookup) throws IOException {
        try {
            return lookup.get();
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }
}
