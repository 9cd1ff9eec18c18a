package io.liaisoninsight.ingest.enrich;

import io.liaisoninsight.ingest.enrich.entity.EntityExtractor;
import io.liaisoninsight.ingest.enrich.entity.Gazetteer;
import io.liaisoninsight.ingest.enrich.terms.IssueLexicon;
import io.liaisoninsight.ingest.enrich.terms.KeyTermExtractor;
import io.liaisoninsight.ingest.enrich.text.Segmenter;

import java.nio.charset.StandardCharsets;

/**
 * The shipped enrichment parts, built once per test JVM: building the segmenter's trie takes about
 * a second, and the parts are immutable, so tests share them.
 */
public final class StandardEnrichment {

    public static final IssueLexicon LEXICON = IssueLexicon.standard();
    public static final EntityExtractor ENTITIES = new EntityExtractor(Gazetteer.lanzhou());
    public static final Segmenter SEGMENTER = Enricher.segmenterFor(LEXICON, ENTITIES);
    public static final KeyTermExtractor KEY_TERMS = new KeyTermExtractor(SEGMENTER, LEXICON);
    public static final byte[] SECRET = "enrichment-tests-secret-32-bytes".getBytes(StandardCharsets.UTF_8);

    private StandardEnrichment() {
    }
}
