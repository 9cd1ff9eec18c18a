package io.liaisoninsight.schema;

/** Values of the early-warning level, most severe first (红/橙/黄/蓝); stored as the constant's name, labelled in the UI's message bundles. */
public enum RiskLevel {
    RED, ORANGE, YELLOW, BLUE
}
