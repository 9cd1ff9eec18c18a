package io.liaisoninsight.ui.meeting;

import io.liaisoninsight.ui.audit.AuditAction;
import io.liaisoninsight.ui.audit.AuditLog;
import io.liaisoninsight.ui.audit.AuditOutcome;
import io.liaisoninsight.ui.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exports a brief as PDF or XLSX. The figures are computed first through {@link MeetingService} (role,
 * scope and unmask checks, refusals audited), then the export is audited ({@link AuditAction#EXPORT}, with
 * period, scope, format and masking) before the first byte is written: no audit entry, no file.
 */
@Service
class BriefExport {

    /** Opens the output once the export is allowed and audited (so the caller sets headers only then). */
    @FunctionalInterface
    interface Output {
        OutputStream open() throws IOException;
    }

    private final MeetingService meetings;
    private final BriefPdf pdf;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    BriefExport(MeetingService meetings, BriefPdf pdf, AuditLog audit, MessageSource messages, Clock clock) {
        this.meetings = meetings;
        this.pdf = pdf;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A stored meeting's brief. */
    void meeting(CurrentUser user, String meetingId, BriefFormat format, boolean unmask, Locale locale, Output output)
            throws IOException {
        write(user, meetings.brief(user, meetingId, unmask), meetingId, format, locale, output);
    }

    /** An ad-hoc brief for a period and requested districts (none: the user's whole scope). */
    void adHoc(CurrentUser user, Period period, List<String> districts, BriefFormat format, boolean unmask,
               Locale locale, Output output) throws IOException {
        write(user, meetings.brief(user, period, districts, unmask), null, format, locale, output);
    }

    /** File name of a brief, e.g. {@code brief-20260131-093000.pdf}. */
    String fileName(BriefFormat format) {
        return "brief-" + BriefTables.stamp(clock.instant(), clock.getZone()) + "." + format.extension;
    }

    private void write(CurrentUser user, Brief brief, String meetingId, BriefFormat format, Locale locale,
                       Output output) throws IOException {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", format.extension);
        details.put("period", brief.period().toString());
        details.put("scope", brief.scope());
        details.put("masked", brief.masked());
        details.put("urgentItems", brief.urgent().size());
        if (meetingId != null) {
            details.put("meetingId", meetingId);
        }
        audit.record(user, AuditAction.EXPORT, AuditOutcome.SUCCESS, "meeting-brief." + format.extension, null, details);
        BriefTables.Texts texts = (key, args) -> messages.getMessage(key, args, key, locale);
        BriefTables.Document document = BriefTables.of(brief, texts, clock.getZone());
        OutputStream out = output.open();
        if (format == BriefFormat.PDF) {
            pdf.write(document, texts.get("meeting.pdf.page"), out);
        } else {
            BriefXlsx.write(document, texts.get("meeting.section.heading"), out);
        }
        out.flush();
    }
}
