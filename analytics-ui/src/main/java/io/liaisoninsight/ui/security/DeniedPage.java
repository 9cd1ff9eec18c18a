package io.liaisoninsight.ui.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The "no permission" page body shared by the two refusal views. */
final class DeniedPage {

    private DeniedPage() {
    }

    static void render(VerticalLayout view, String heading, String explanation, String homeText) {
        view.removeAll();
        view.setId("access-denied");
        view.add(new H2(heading), new Paragraph(explanation), new Anchor("", homeText));
    }
}
