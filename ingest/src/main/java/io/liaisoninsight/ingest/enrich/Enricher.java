package io.liaisoninsight.ingest.enrich;

import io.liaisoninsight.ingest.enrich.Enrichment.Entities;
import io.liaisoninsight.ingest.enrich.Enrichment.IdentityKey;
import io.liaisoninsight.ingest.enrich.Enrichment.RiskSignal;
import io.liaisoninsight.ingest.enrich.deadline.ReplyDeadlines;
import io.liaisoninsight.ingest.enrich.duplicate.NearDuplicateFingerprinter;
import io.liaisoninsight.ingest.enrich.entity.EntityExtractor;
import io.liaisoninsight.ingest.enrich.entity.Gazetteer;
import io.liaisoninsight.ingest.enrich.identity.IdentityKeys;
import io.liaisoninsight.ingest.enrich.risk.RiskRules;
import io.liaisoninsight.ingest.enrich.terms.IssueLexicon;
import io.liaisoninsight.ingest.enrich.terms.KeyTermExtractor;
import io.liaisoninsight.ingest.enrich.text.AnalysedText;
import io.liaisoninsight.ingest.enrich.text.Segmenter;
import io.liaisoninsight.ingest.enrich.text.WordKind;
import io.liaisoninsight.ingest.record.Complainant;
import io.liaisoninsight.ingest.record.IncomingRecord;
import io.liaisoninsight.ingest.record.Petition;
import io.liaisoninsight.ingest.record.VisitNote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Enriches one normalised record: key terms, entities, identity keys, near-duplicate fingerprint,
 * risk signals and reply deadlines. Pure and thread-safe — the result depends on the record alone,
 * so a re-delivered record is enriched identically and consumers may call this from any thread.
 * Build it once (loading the dictionaries takes about a second) and share it.
 */
public final class Enricher {

    private final Segmenter segmenter;
    private final KeyTermExtractor keyTerms;
    private final EntityExtractor entities;
    private final IdentityKeys identityKeys;
    private final NearDuplicateFingerprinter fingerprinter;
    private final RiskRules riskRules;
    private final ReplyDeadlines deadlines;

    public Enricher(Segmenter segmenter, KeyTermExtractor keyTerms, EntityExtractor entities, IdentityKeys identityKeys,
                    NearDuplicateFingerprinter fingerprinter, RiskRules riskRules, ReplyDeadlines deadlines) {
        this.segmenter = segmenter;
        this.keyTerms = keyTerms;
        this.entities = entities;
        this.identityKeys = identityKeys;
        this.fingerprinter = fingerprinter;
        this.riskRules = riskRules;
        this.deadlines = deadlines;
    }

    /**
     * The enricher with the shipped issue terms, stop words and the Lanzhou gazetteer.
     *
     * @param identitySecret HMAC key of the identity keys (at least 16 bytes; keep it out of the repository)
     */
    public static Enricher standard(byte[] identitySecret) {
        IssueLexicon lexicon = IssueLexicon.standard();
        EntityExtractor entityExtractor = new EntityExtractor(Gazetteer.lanzhou());
        Segmenter segmenter = segmenterFor(lexicon, entityExtractor);
        return new Enricher(segmenter, new KeyTermExtractor(segmenter, lexicon), entityExtractor,
                new IdentityKeys(identitySecret), new NearDuplicateFingerprinter(), new RiskRules(), new ReplyDeadlines());
    }

    /** A segmenter that keeps the issue terms, the known places and the entity hint words whole. */
    public static Segmenter segmenterFor(IssueLexicon lexicon, EntityExtractor entityExtractor) {
        Map<String, WordKind> words = new LinkedHashMap<>(entityExtractor.segmentationWords());
        words.putAll(lexicon.segmentationWords());
        return new Segmenter(words);
    }

    public Enrichment enrich(IncomingRecord record) {
        AnalysedText text = segmenter.analyse(record.title(), record.content());
        List<Complainant> complainants = record instanceof Petition petition ? petition.complainants() : List.of();
        List<String> names = complainants.stream().map(Complainant::name).toList();
        Entities named = entities.extract(text, names);
        List<IdentityKey> keys = identityKeys.keysFor(complainants, record.township());
        List<RiskSignal> signals = riskRules.evaluate(record);
        ReplyDeadlines.Due due = deadlines.of(record);
        List<String> entityNames = new ArrayList<>(named.people());
        entityNames.addAll(named.places());
        entityNames.addAll(named.organizations());
        return new Enrichment(
                keyTerms.extract(text, entityNames),
                named,
                keys,
                // 重复件 are complaints sent again or through another channel, and reports reposted elsewhere.
                // A visit note is an officer's own record of one visit; routine ones (普法宣传) share most of
                // their wording, and grouping them folded different visits into one row.
                record instanceof VisitNote ? null : fingerprinter.fingerprint(record.title(), record.content()),
                signals,
                RiskRules.mostSevere(signals),
                due.proceduralReply(),
                due.substantiveReply());
    }
}
