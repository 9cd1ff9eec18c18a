package io.liaisoninsight.demo;

/** Highest level a matter has been taken to; anything above COUNTY is an escalation. */
public enum EscalationLevel {
    COUNTY, CITY, PROVINCE, NATIONAL;

    boolean escalated() {
        return this != COUNTY;
    }
}
