package io.liaisoninsight.ingest.normalise;

import java.util.Objects;

/**
 * A normalised value, or the reason the raw value could not be normalised.
 *
 * @param value   the normalised value, null when invalid
 * @param problem why it is invalid, null when valid
 */
public record Normalised<T>(T value, String problem) {

    public static <T> Normalised<T> of(T value) {
        return new Normalised<>(Objects.requireNonNull(value), null);
    }

    public static <T> Normalised<T> invalid(String problem) {
        return new Normalised<>(null, Objects.requireNonNull(problem));
    }

    public boolean valid() {
        return problem == null;
    }
}
