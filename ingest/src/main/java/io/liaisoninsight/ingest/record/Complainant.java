package io.liaisoninsight.ingest.record;

/**
 * A person named on a petition, after normalisation: idNumber is the 18-character form, phone the
 * normalised form; either may be null.
 */
public record Complainant(String name, String idNumber, String phone, String address) {
}
