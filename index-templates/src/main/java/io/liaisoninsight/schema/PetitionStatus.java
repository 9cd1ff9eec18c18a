package io.liaisoninsight.schema;

/** Values of the petition status, in handling order; stored as the constant's name, labelled in the UI's message bundles. */
public enum PetitionStatus {
    RECEIVED, PROCEDURAL_REPLY, IN_PROGRESS, REPLIED, CLOSED;

    /** Open until the substantive reply: the matter still needs an answer. */
    public boolean open() {
        return this != REPLIED && this != CLOSED;
    }
}
