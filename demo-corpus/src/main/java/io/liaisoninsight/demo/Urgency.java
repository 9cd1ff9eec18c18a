package io.liaisoninsight.demo;

/** Urgent liaison reports go in at once, routine ones periodically (seed 000). */
public enum Urgency {
    URGENT, ROUTINE
}
