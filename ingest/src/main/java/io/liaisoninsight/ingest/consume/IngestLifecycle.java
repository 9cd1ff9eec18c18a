package io.liaisoninsight.ingest.consume;

import io.liaisoninsight.ingest.system.BootstrapCompleted;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts consuming when the bootstrap has installed the schema and created the topics, and on
 * shutdown lets the loop finish its batch before the Kafka and Elasticsearch clients close
 * (a lifecycle phase above theirs stops first).
 */
@Component
class IngestLifecycle implements SmartLifecycle {

    private final IngestLoop loop;
    private volatile boolean started;

    IngestLifecycle(IngestLoop loop) {
        this.loop = loop;
    }

    @EventListener
    public void on(BootstrapCompleted completed) {
        loop.start();
    }

    @Override
    public void start() {
        started = true;
    }

    @Override
    public void stop() {
        loop.stop();
        started = false;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
