package io.liaisoninsight.demo;

import io.liaisoninsight.demo.reference.LanzhouDistricts;

/**
 * Generates a deterministic Chinese demo corpus of petitions, visit notes and media reports, with the ground
 * truth of what was planted in it. Records are streamed to a {@link RecordSink} as they are made, so a million
 * records need no more memory than their ground truth.
 *
 * <pre>{@code
 * GroundTruth truth = new CorpusGenerator(CorpusSettings.of(2, 5_000)).generate(record -> ...);
 * }</pre>
 */
public final class CorpusGenerator {

    private final CorpusSettings settings;
    private final LanzhouDistricts lanzhou;
    private final ChineseNames names;
    private final TemplateLibrary library;

    public CorpusGenerator(CorpusSettings settings) {
        this.settings = settings;
        this.lanzhou = LanzhouDistricts.load();
        this.names = ChineseNames.load();
        this.library = TemplateLibrary.load();
    }

    public CorpusSettings settings() {
        return settings;
    }

    /** Emits exactly {@code settings.records()} messages to {@code sink} (which it does not close). */
    public GroundTruth generate(RecordSink sink) {
        return new CorpusRun(settings, lanzhou, names, library, sink).run();
    }
}
