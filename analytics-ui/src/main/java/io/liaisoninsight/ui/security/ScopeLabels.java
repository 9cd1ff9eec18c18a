package io.liaisoninsight.ui.security;

import com.vaadin.flow.component.Component;

import java.util.stream.Collectors;

/** How roles and scopes read in the UI (the layout's user line, the users page). */
public final class ScopeLabels {

    private ScopeLabels() {
    }

    /** e.g. {@code 全市}, {@code 无记录权限} or {@code 城关区、榆中县/城关镇}. */
    public static String scope(Component ui, Scope scope) {
        if (scope.allDistricts()) {
            return ui.getTranslation("scope.all");
        }
        if (scope.isEmpty()) {
            return ui.getTranslation("scope.none");
        }
        return String.join(ui.getTranslation("list.separator"), scope.labels());
    }

    /** e.g. {@code 分析员、审计员}. */
    public static String roles(Component ui, CurrentUser user) {
        return user.roles().stream().sorted().map(r -> ui.getTranslation("role." + r.name()))
                .collect(Collectors.joining(ui.getTranslation("list.separator")));
    }
}
