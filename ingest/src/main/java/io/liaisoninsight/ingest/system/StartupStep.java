package io.liaisoninsight.ingest.system;

/**
 * Something ingest must make true in an engine before it can work, e.g. "the index templates are
 * installed". {@link Bootstrap} runs every step in the background and retries it until it succeeds,
 * so a step must be idempotent.
 */
public interface StartupStep {

    /** Short stable key, shown in health and info, e.g. {@code elasticsearch-schema}. */
    String name();

    /** The engine address the step talks to, for log lines, e.g. {@code http://127.0.0.1:9200}. */
    String target();

    /** Does the work; throws while the engine is unreachable or refuses. */
    void run() throws Exception;
}
