package io.liaisoninsight.benchmarks;

import io.liaisoninsight.ui.AnalyticsUiApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analytics UI started in this JVM, as {@code java -jar analytics-ui.jar} would run it (production-mode Vaadin,
 * its own configuration — unpacked here as {@code analytics-ui.properties} — and the demo users), on the benchmark's
 * index prefix and a free port, with the request recorder in its Elasticsearch client.
 */
final class UiRun implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private UiRun(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static UiRun start(String elasticsearch, String prefix, int port, RequestRecorder recorder) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.config.name", "analytics-ui");
        properties.put("spring.profiles.active", "demo");
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.log-startup-info", "false");
        properties.put("spring.elasticsearch.uris", elasticsearch);
        properties.put("liaison.index.prefix", prefix);
        properties.put("server.port", String.valueOf(port));
        properties.put("liaison.search.alerts.enabled", "false");
        properties.put("logging.level.root", "warn");
        List<String> args = new ArrayList<>();
        properties.forEach((k, v) -> args.add("--" + k + "=" + v));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AnalyticsUiApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("benchmarkRequestRecorder", recorder))
                .run(args.toArray(String[]::new));
        return new UiRun(context);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }

    @Override
    public void close() {
        context.close();
    }
}
