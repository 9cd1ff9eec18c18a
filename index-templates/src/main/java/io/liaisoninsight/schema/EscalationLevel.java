package io.liaisoninsight.schema;

/** Values of the highest level a matter was taken to, lowest first; stored as the constant's name, labelled in the UI's message bundles. */
public enum EscalationLevel {
    COUNTY, CITY, PROVINCE, NATIONAL
}
