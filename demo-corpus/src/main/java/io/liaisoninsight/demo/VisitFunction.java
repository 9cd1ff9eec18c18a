package io.liaisoninsight.demo;

/** The four duties of a liaison office: 收集线索 / 报告情况 / 宣传法治 / 接待群众. */
public enum VisitFunction {
    COLLECT, REPORT, PUBLICIZE, RECEIVE
}
