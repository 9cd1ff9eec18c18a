package io.liaisoninsight.schema;

/** Values of the the four duties of a liaison office (收集/报告/宣传/接待); stored as the constant's name, labelled in the UI's message bundles. */
public enum VisitFunction {
    COLLECT, REPORT, PUBLICIZE, RECEIVE
}
