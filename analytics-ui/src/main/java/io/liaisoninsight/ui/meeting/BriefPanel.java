package io.liaisoninsight.ui.meeting;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.ZoneId;
import java.util.List;

/**
 * Shows a brief's figures as the exports lay them out ({@link BriefTables}): heading lines, then each table;
 * count tables get a bar per row (plain bars; ECharts is the design's chart library for a later version).
 */
class BriefPanel extends VerticalLayout {

    BriefPanel(Brief brief, ZoneId zone) {
        setPadding(false);
        setId("brief");
        BriefTables.Document document = BriefTables.of(brief, this::getTranslation, zone);
        add(new H2(document.title()));
        for (String line : document.lines()) {
            Span span = new Span(line);
            span.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            add(span);
        }
        for (BriefTables.Table table : document.tables()) {
            add(new H4(table.title()));
            add(grid(table));
        }
    }

    private Grid<List<String>> grid(BriefTables.Table table) {
        Grid<List<String>> grid = new Grid<>();
        boolean bars = table.header().size() == 2 && table.numeric().get(1);
        for (int i = 0; i < table.header().size(); i++) {
            int column = i;
            grid.addColumn(row -> column < row.size() ? row.get(column) : "").setHeader(table.header().get(i))
                    .setFlexGrow(table.weights().get(i)).setResizable(true);
        }
        if (bars) {
            long max = table.rows().stream().mapToLong(r -> parse(r.get(1))).max().orElse(0);
            grid.addComponentColumn(row -> bar(parse(row.get(1)), max)).setFlexGrow(4);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        // A brief's tables are bounded (top terms, urgent items, weeks of one period): no lazy loading needed.
        grid.setItems(table.rows());
        return grid;
    }

    private static Div bar(long value, long max) {
        Div bar = new Div();
        double share = max <= 0 ? 0 : 100.0 * value / max;
        bar.getStyle().set("height", "0.8em").set("background", "var(--lumo-primary-color)")
                .set("width", String.format(java.util.Locale.ROOT, "%.1f%%", share));
        return bar;
    }

    private static long parse(String count) {
        try {
            return Long.parseLong(count);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
