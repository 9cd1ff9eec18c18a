package io.liaisoninsight.demo;

/** Handling status in the order a petition passes through it (petitions.v1 {@code status}). */
public enum PetitionStatus {
    RECEIVED, PROCEDURAL_REPLY, IN_PROGRESS, REPLIED, CLOSED
}
