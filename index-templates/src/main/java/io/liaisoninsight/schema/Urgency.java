package io.liaisoninsight.schema;

/** Values of the visit-note urgency; urgent reports go in at once; stored as the constant's name, labelled in the UI's message bundles. */
public enum Urgency {
    URGENT, ROUTINE
}
