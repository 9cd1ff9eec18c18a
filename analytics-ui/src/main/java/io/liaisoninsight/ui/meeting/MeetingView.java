package io.liaisoninsight.ui.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.CurrentUsers;
import io.liaisoninsight.ui.security.Role;
import io.liaisoninsight.ui.system.ItemView;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

/**
 * One meeting ({@code /meetings/:id}): export links (PDF, XLSX; with full numbers for users allowed to
 * unmask), the decisions with a form to record more and a button to mark them done, and the brief's figures.
 * A meeting outside the user's scope shows the "no permission" page (audited by {@link MeetingService}).
 */
@Route("meetings/:id")
@RolesAllowed({Role.Names.LEADER, Role.Names.ANALYST})
class MeetingView extends ItemView {

    private final MeetingService meetings;
    private final CurrentUser user;
    private final Clock clock;

    MeetingView(MeetingService meetings, CurrentUsers users, Clock clock) {
        super("id", "meeting.list.title");
        this.meetings = meetings;
        this.user = users.require();
        this.clock = clock;
    }

    @Override
    protected void show(String id) {
        render(id);
    }

    private void render(String id) {
        Brief brief = meetings.brief(user, id, false);
        removeAll();
        setTitle(brief.title());
        add(exports(id));
        add(new H3(getTranslation("meeting.section.decisions")));
        add(decisions(id, brief));
        DecisionForm form = new DecisionForm();
        form.addSaveListener(e -> act(() -> {
            meetings.decide(user, id, e.kind, e.text, e.owner, e.dueAt);
            render(id);
        }));
        add(form);
        add(new BriefPanel(brief, clock.getZone()));
    }

    private HorizontalLayout exports(String id) {
        HorizontalLayout links = new HorizontalLayout();
        links.setId("brief-exports");
        for (BriefFormat format : BriefFormat.values()) {
            links.add(download(format.meetingPath(id, false), getTranslation("meeting.export." + format.name())));
            if (user.canUnmask()) {
                links.add(download(format.meetingPath(id, true), getTranslation("meeting.export.unmasked",
                        getTranslation("meeting.export." + format.name()))));
            }
        }
        return links;
    }

    private static Anchor download(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private Grid<Decision> decisions(String id, Brief brief) {
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        Grid<Decision> grid = new Grid<>();
        grid.setId("decisions");
        grid.addColumn(d -> getTranslation("meeting.decision.kind." + d.kind().name()))
                .setHeader(getTranslation("meeting.column.kind"));
        grid.addColumn(Decision::text).setHeader(getTranslation("meeting.column.decision")).setFlexGrow(4);
        grid.addColumn(d -> d.owner() == null ? "" : d.owner()).setHeader(getTranslation("meeting.column.owner"));
        grid.addColumn(d -> d.dueAt() == null ? "" : d.dueAt().toString()).setHeader(getTranslation("meeting.column.due"));
        grid.addColumn(d -> getTranslation("meeting.decision.status." + d.status().name()))
                .setHeader(getTranslation("meeting.column.decisionStatus"));
        grid.addColumn(d -> d.decidedBy() + " " + (d.decidedAt() == null ? "" : minute.format(d.decidedAt())))
                .setHeader(getTranslation("meeting.column.decidedBy"));
        grid.addComponentColumn(d -> {
            Decision.Status next = d.status() == Decision.Status.OPEN ? Decision.Status.DONE : Decision.Status.OPEN;
            Button toggle = new Button(getTranslation("meeting.decision.mark." + next.name()), e -> act(() -> {
                meetings.setStatus(user, id, d.id(), next);
                render(id);
            }));
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return toggle;
        });
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(brief.decisions());
        return grid;
    }
}
