package io.liaisoninsight.benchmarks;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Baseline 1, the analysis limit: Lucene's {@link SmartChineseAnalyzer} (what the index's {@code zh_smart}
 * runs) tokenising every message's title and content in this JVM, with no Elasticsearch at all. Indexing
 * cannot be faster than this on the same cores, since every stored document needs it.
 */
public final class SmartcnBaseline {

    private static final int CHUNK = 64;

    private SmartcnBaseline() {
    }

    public static Measurement run(Corpus corpus, int threads, CpuMeter cpu) throws IOException {
        warmUp(corpus);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CpuMeter.Sample before = cpu.sample();
            List<Future<Long>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> tokenise(corpus.texts(), next)));
            }
            long tokens = 0;
            for (Future<Long> worker : workers) {
                tokens += worker.get();
            }
            CpuMeter.Sample after = cpu.sample();
            if (tokens == 0) {
                throw new IllegalStateException("smartcn produced no tokens");
            }
            return new Measurement("smartcn " + threads + (threads == 1 ? " thread" : " threads"), corpus.size(),
                    corpus.jsonBytes(), Duration.ofNanos(after.wallNanos() - before.wallNanos()), after.since(before));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("smartcn baseline failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Loads the dictionaries and lets the JIT compile the segmenter before the clock starts. */
    private static void warmUp(Corpus corpus) {
        List<String> sample = corpus.texts().subList(0, Math.min(2_000, corpus.size()));
        tokenise(sample, new AtomicInteger());
    }

    private static long tokenise(List<String> texts, AtomicInteger next) {
        long tokens = 0;
        try (Analyzer analyzer = new SmartChineseAnalyzer()) {
            for (int from = next.getAndAdd(CHUNK); from < texts.size(); from = next.getAndAdd(CHUNK)) {
                for (int i = from; i < Math.min(from + CHUNK, texts.size()); i++) {
                    try (TokenStream stream = analyzer.tokenStream("content", texts.get(i))) {
                        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                        stream.reset();
                        while (stream.incrementToken()) {
                            tokens += term.length() > 0 ? 1 : 0;
                        }
                        stream.end();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
