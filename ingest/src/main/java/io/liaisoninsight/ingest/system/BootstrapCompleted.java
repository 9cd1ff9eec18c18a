package io.liaisoninsight.ingest.system;

import java.util.List;

/**
 * Published once every {@link StartupStep} has succeeded. The record consumers start on this event
 * (not at context start), so no record is read before its index and dead-letter topic exist.
 *
 * @param steps names of the steps that ran
 */
public record BootstrapCompleted(List<String> steps) {
}
