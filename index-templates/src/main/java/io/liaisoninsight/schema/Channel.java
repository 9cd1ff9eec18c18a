package io.liaisoninsight.schema;

/** Values of the petition channel; stored as the constant's name, labelled in the UI's message bundles. */
public enum Channel {
    LETTER, VISIT, ONLINE, PHONE_12309, DEPUTY_REFERRAL
}
