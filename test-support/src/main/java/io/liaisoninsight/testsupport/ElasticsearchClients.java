package io.liaisoninsight.testsupport;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/** A typed Elasticsearch client for tests; close its transport when done. */
public final class ElasticsearchClients {
    private ElasticsearchClients() {
    }

    public static ElasticsearchClient create(Engines engines) {
        RestClient rest = RestClient.builder(HttpHost.create(engines.elasticsearchUrl())).build();
        return new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }
}
