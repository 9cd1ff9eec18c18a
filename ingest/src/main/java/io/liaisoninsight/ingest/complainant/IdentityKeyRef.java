package io.liaisoninsight.ingest.complainant;

/** An identity key as stored on a profile: {@code type} ID_NUMBER / PHONE / NAME_TOWNSHIP, strength STRONG / PROBABLE. */
public record IdentityKeyRef(String type, String key, String strength) {

    public boolean strong() {
        return "STRONG".equals(strength);
    }
}
