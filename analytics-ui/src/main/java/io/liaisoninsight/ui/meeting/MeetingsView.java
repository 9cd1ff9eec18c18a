package io.liaisoninsight.ui.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.liaisoninsight.ui.audit.AuditUnavailableException;
import io.liaisoninsight.ui.security.CurrentUser;
import io.liaisoninsight.ui.security.CurrentUsers;
import io.liaisoninsight.ui.security.NotPermittedException;
import io.liaisoninsight.ui.security.Role;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;

/**
 * Risk-assessment review meetings ({@code /meetings}): pick a period and districts (within the user's scope),
 * preview the brief, create a meeting; below, the meetings the user may open. All through
 * {@link MeetingService}, which checks scope and audits.
 */
@Route("meetings")
@Menu(title = "nav.meetings", order = 30)
@RolesAllowed({Role.Names.LEADER, Role.Names.ANALYST})
class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingService meetings;
    private final CurrentUser user;
    private final Clock clock;
    final TextField title = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final MultiSelectComboBox<String> districts = new MultiSelectComboBox<>();
    private final Div preview = new Div();

    MeetingsView(MeetingService meetings, CurrentUsers users, Clock clock) {
        this.meetings = meetings;
        this.user = users.require();
        this.clock = clock;
        add(new H2(getTranslation("meeting.list.title")));
        configureForm();
        add(grid());
        preview.setWidthFull();
        add(preview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.list.title") + " · " + getTranslation("app.name");
    }

    private void configureForm() {
        LocalDate today = LocalDate.now(clock);
        title.setLabel(getTranslation("meeting.field.title"));
        title.setMaxLength(Meeting.MAX_TITLE);
        title.setId("meeting-title");
        from.setLabel(getTranslation("meeting.field.from"));
        from.setValue(today.minusDays(29));
        to.setLabel(getTranslation("meeting.field.to"));
        to.setValue(today);
        districts.setLabel(getTranslation("meeting.field.districts"));
        districts.setPlaceholder(getTranslation("meeting.field.districtsAll"));
        districts.setItems(meetings.districtChoices(user));
        Button show = new Button(getTranslation("meeting.action.preview"), e -> preview());
        show.setId("brief-preview");
        Button create = new Button(getTranslation("meeting.action.create"), e -> create());
        create.setId("meeting-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(title, from, to, districts, show, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(form);
    }

    private Grid<Meeting> grid() {
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        Grid<Meeting> grid = new Grid<>();
        grid.setId("meetings");
        grid.addColumn(Meeting::title).setHeader(getTranslation("meeting.field.title")).setFlexGrow(3);
        grid.addColumn(m -> m.period().from() + " — " + m.period().to()).setHeader(getTranslation("meeting.field.period"));
        grid.addColumn(m -> BriefTables.scope(m.scope(), this::getTranslation)).setHeader(getTranslation("meeting.field.districts"));
        grid.addColumn(Meeting::createdBy).setHeader(getTranslation("meeting.field.createdBy"));
        grid.addColumn(m -> m.createdAt() == null ? "" : minute.format(m.createdAt()))
                .setHeader(getTranslation("meeting.field.createdAt"));
        grid.addColumn(m -> m.decisions().size()).setHeader(getTranslation("meeting.field.decisions"));
        // At most liaison.meeting.max-meetings rows, newest first.
        grid.setItems(meetings.list(user));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class,
                new com.vaadin.flow.router.RouteParameters("id", e.getItem().id()))));
        return grid;
    }

    private Period period() {
        if (from.getValue() == null || to.getValue() == null) {
            throw new IllegalArgumentException("period");
        }
        return new Period(from.getValue(), to.getValue());
    }

    private void preview() {
        try {
            Brief brief = meetings.brief(user, period(), new ArrayList<>(districts.getValue()), false);
            preview.removeAll();
            preview.add(new BriefPanel(brief, clock.getZone()));
        } catch (IllegalArgumentException e) {
            Notification.show(getTranslation("meeting.error.period", Period.MAX_DAYS));
        } catch (NotPermittedException e) {
            Notification.show(getTranslation(e.messageKey()));
        } catch (AuditUnavailableException e) {
            Notification.show(getTranslation("audit.unavailable"));
        }
    }

    private void create() {
        if (title.getValue().isBlank()) {
            title.setInvalid(true);
            title.setErrorMessage(getTranslation("meeting.error.title"));
            return;
        }
        try {
            Meeting meeting = meetings.create(user, title.getValue(), period(), new ArrayList<>(districts.getValue()));
            getUI().ifPresent(ui -> ui.navigate(MeetingView.class,
                    new com.vaadin.flow.router.RouteParameters("id", meeting.id())));
        } catch (IllegalArgumentException e) {
            Notification.show(getTranslation("meeting.error.period", Period.MAX_DAYS));
        } catch (NotPermittedException e) {
            Notification.show(getTranslation(e.messageKey()));
        }
    }
}
