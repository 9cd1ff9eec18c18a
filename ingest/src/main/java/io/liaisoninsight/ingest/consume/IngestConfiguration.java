package io.liaisoninsight.ingest.consume;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaisoninsight.ingest.IngestProperties;
import io.liaisoninsight.ingest.complainant.ComplainantLinker;
import io.liaisoninsight.ingest.duplicate.DuplicateGrouper;
import io.liaisoninsight.ingest.enrich.duplicate.NearDuplicateFingerprinter;
import io.liaisoninsight.ingest.deadletter.DeadLetterPublisher;
import io.liaisoninsight.ingest.enrich.Enricher;
import io.liaisoninsight.ingest.index.BulkWriter;
import io.liaisoninsight.ingest.index.DocumentBuilder;
import io.liaisoninsight.ingest.index.BatchStep;
import io.liaisoninsight.ingest.normalise.RecordNormaliser;
import io.liaisoninsight.ingest.normalise.Timestamps;
import io.liaisoninsight.ingest.read.RecordReader;
import io.liaisoninsight.ingest.validate.RecordValidator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Wires the pipeline stages; the consumer loop starts once the bootstrap (schema, topics) is done. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    RecordReader recordReader(ObjectMapper json, IngestProperties properties, Clock clock) {
        return new RecordReader(json, new RecordValidator(),
                new RecordNormaliser(new Timestamps(properties.zone(), clock)), properties.ingest().maxRecordBytes());
    }

    @Bean
    Enricher enricher(IngestProperties properties) {
        return Enricher.standard(properties.ingest().identitySecret().getBytes(StandardCharsets.UTF_8));
    }

    /** Runs alongside the complainant linker: groups need no identities, identities no groups. */
    @Bean
    @Order(1)
    DuplicateGrouper duplicateGrouper(ElasticsearchClient client, IngestProperties properties) {
        return new DuplicateGrouper(client, properties.indexNames(), NearDuplicateFingerprinter::similarity, NearDuplicateFingerprinter::bands,
                NearDuplicateFingerprinter.DUPLICATE_THRESHOLD);
    }

    @Bean
    @Order(2)
    ComplainantLinker complainantLinker(ElasticsearchClient client, ObjectMapper json, IngestProperties properties,
                                        Clock clock) {
        return new ComplainantLinker(client, json, properties.indexNames(), clock);
    }

    @Bean
    IngestMetrics ingestMetrics(MeterRegistry registry) {
        return new IngestMetrics(registry);
    }

    @Bean(destroyMethod = "close")
    Producer<byte[], byte[]> deadLetterProducer(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties(null);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(config);
    }

    @Bean
    BatchIngester batchIngester(IngestProperties properties, RecordReader reader, Enricher enricher,
                                ObjectMapper json, Clock clock, ElasticsearchClient client,
                                Producer<byte[], byte[]> deadLetterProducer, List<BatchStep> steps,
                                IngestMetrics metrics) {
        return new BatchIngester(properties.ingest().routing(), reader, enricher,
                new DocumentBuilder(json, properties.indexNames(), clock), new BulkWriter(client),
                new DeadLetterPublisher(deadLetterProducer, properties.ingest().deadLetterTopicName(), clock),
                steps, metrics);
    }

    @Bean
    IngestLoop ingestLoop(IngestProperties properties, KafkaProperties kafka, BatchIngester ingester,
                          IngestMetrics metrics, MeterRegistry registry) {
        IngestProperties.Ingest settings = properties.ingest();
        return new IngestLoop(() -> consumer(kafka, settings, registry), settings.routing().topics(), ingester, metrics,
                new Backoff(settings.retryInitial(), settings.retryMax()), Duration.ofSeconds(1),
                settings.shutdownGrace());
    }

    private static Consumer<byte[], byte[]> consumer(KafkaProperties kafka, IngestProperties.Ingest settings,
                                                     MeterRegistry registry) {
        Map<String, Object> config = kafka.buildConsumerProperties(null);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.consumerGroup());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // The topics are declared at start (KafkaTopics) with their partition count. A consumer allowed to
        // create them would use the broker's defaults, and re-create a topic deleted while it polls (tests
        // deleting theirs left ~200 behind on a long-lived local engine, slowing its start past a minute).
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxBatchRecords());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config);
        new KafkaClientMetrics(consumer).bindTo(registry);
        return consumer;
    }
}
