package io.liaisoninsight.ingest.validate;

/**
 * One thing wrong with an incoming record: the field (a JSON path such as {@code complainants[0].idNumber},
 * or {@code $} for the whole record) and the problem in words an operator can act on.
 */
public record Violation(String field, String problem) {

    @Override
    public String toString() {
        return field + ": " + problem;
    }
}
