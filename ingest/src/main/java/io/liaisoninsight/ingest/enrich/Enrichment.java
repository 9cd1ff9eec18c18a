package io.liaisoninsight.ingest.enrich;

import io.liaisoninsight.schema.RiskLevel;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * What enrichment adds to one record; every part is computed from the record alone (pure), so a
 * re-delivered record is enriched identically. Stateful steps (duplicate groups, complainant
 * identities across records) use these parts later, at indexing time.
 *
 * @param keyTerms          key terms and phrases, extracted once so aggregations never re-analyse text
 * @param entities          people, places and organisations named in the text
 * @param identityKeys      keyed hashes of the complainants' identifiers (petitions only, else empty)
 * @param fingerprint       MinHash signature and band keys of the text, for near-duplicate grouping; null
 *                          for visit notes, which are never grouped
 * @param riskSignals       rule hits with evidence; empty when none
 * @param riskLevel         the most severe level among riskSignals, null when none
 * @param proceduralReplyDueAt   petitions: receipt + 7 days; null for other sources
 * @param substantiveReplyDueAt  petitions: receipt + 3 months (deputy referrals too); null for other sources
 */
public record Enrichment(
        List<String> keyTerms,
        Entities entities,
        List<IdentityKey> identityKeys,
        Fingerprint fingerprint,
        List<RiskSignal> riskSignals,
        RiskLevel riskLevel,
        OffsetDateTime proceduralReplyDueAt,
        OffsetDateTime substantiveReplyDueAt) {

    public Enrichment {
        keyTerms = List.copyOf(keyTerms);
        identityKeys = List.copyOf(identityKeys);
        riskSignals = List.copyOf(riskSignals);
    }

    public record Entities(List<String> people, List<String> places, List<String> organizations) {
        public static final Entities NONE = new Entities(List.of(), List.of(), List.of());

        public Entities {
            people = List.copyOf(people);
            places = List.copyOf(places);
            organizations = List.copyOf(organizations);
        }
    }

    /**
     * A keyed hash (HMAC-SHA256, hex) of a normalised identifier. type is ID_NUMBER, PHONE or
     * NAME_TOWNSHIP; strength is STRONG for the first two and PROBABLE for name+township.
     */
    public record IdentityKey(String type, String key, String strength, int complainantIndex) {
    }

    /**
     * MinHash signature of the text's character shingles, and its locality-sensitive band keys.
     * Empty (no signature, no bands) for a text without letters or digits. Compared by content, so
     * re-enriching a record yields an equal Enrichment.
     */
    public record Fingerprint(int[] signature, List<String> bands) {

        public Fingerprint {
            signature = signature.clone();
            bands = List.copyOf(bands);
        }

        @Override
        public int[] signature() {
            return signature.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Fingerprint that && Arrays.equals(signature, that.signature)
                    && bands.equals(that.bands);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(signature) + bands.hashCode();
        }

        @Override
        public String toString() {
            return "Fingerprint[signature=" + Arrays.toString(signature) + ", bands=" + bands + "]";
        }
    }

    /** One explainable risk rule hit, e.g. COLLECTIVE with evidence "联名人数 12 人". */
    public record RiskSignal(String code, RiskLevel level, String evidence) {
    }
}
