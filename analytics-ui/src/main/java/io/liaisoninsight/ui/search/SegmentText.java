package io.liaisoninsight.ui.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import io.liaisoninsight.ui.search.Highlights.Segment;

import java.util.List;

/**
 * Renders highlighted segments into a component as text nodes and {@code <mark>} elements. Never HTML:
 * the record's own text cannot inject markup, whatever it contains.
 */
final class SegmentText {

    private SegmentText() {
    }

    static <C extends Component> C into(C target, List<Segment> segments) {
        Element element = target.getElement();
        for (Segment segment : segments) {
            if (segment.highlighted()) {
                Element mark = new Element("mark");
                mark.setText(segment.text());
                mark.getStyle().set("background", "var(--lumo-warning-color-10pct, #fff3c4)").set("color", "inherit")
                        .set("font-weight", "600").set("padding", "0 1px");
                element.appendChild(mark);
            } else {
                element.appendChild(Element.createText(segment.text()));
            }
        }
        return target;
    }
}
