package io.liaisoninsight.ui.meeting;

import io.liaisoninsight.ui.security.CurrentUsers;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Briefs over HTTP, scoped and masked like the page (errors 403/404/503 from {@code system/RestErrors}, a bad
 * period 400):
 * <ul>
 *   <li>{@code GET /api/meetings/{id}/brief.pdf} and {@code .xlsx}: a meeting's brief with its decisions;</li>
 *   <li>{@code GET /api/briefs/brief.pdf?from=2026-01-01&to=2026-01-31&district=城关区} (and {@code .xlsx}):
 *       an ad-hoc brief, {@code district} repeatable, none meaning the user's whole scope;</li>
 *   <li>{@code GET /api/briefs?from=…&to=…&district=…}: the same figures as JSON.</li>
 * </ul>
 * {@code unmask=true} (users allowed to unmask; audited) shows full phone and ID numbers. GETs change nothing
 * but the audit trail, so they need no CSRF token (as the other exports).
 */
@RestController
class MeetingController {

    private final BriefExport export;
    private final MeetingService meetings;
    private final CurrentUsers users;

    MeetingController(BriefExport export, MeetingService meetings, CurrentUsers users) {
        this.export = export;
        this.meetings = meetings;
        this.users = users;
    }

    @GetMapping(value = "/api/briefs", produces = MediaType.APPLICATION_JSON_VALUE)
    Brief brief(@RequestParam String from, @RequestParam String to,
                @RequestParam(required = false) List<String> district,
                @RequestParam(defaultValue = "false") boolean unmask) {
        return meetings.brief(users.require(), period(from, to), district, unmask);
    }

    @GetMapping("/api/briefs/brief.pdf")
    void adHocPdf(@RequestParam String from, @RequestParam String to,
                  @RequestParam(required = false) List<String> district,
                  @RequestParam(defaultValue = "false") boolean unmask, Locale locale, HttpServletResponse response)
            throws IOException {
        export.adHoc(users.require(), period(from, to), district, BriefFormat.PDF, unmask, locale,
                () -> open(BriefFormat.PDF, response));
    }

    @GetMapping("/api/briefs/brief.xlsx")
    void adHocXlsx(@RequestParam String from, @RequestParam String to,
                   @RequestParam(required = false) List<String> district,
                   @RequestParam(defaultValue = "false") boolean unmask, Locale locale, HttpServletResponse response)
            throws IOException {
        export.adHoc(users.require(), period(from, to), district, BriefFormat.XLSX, unmask, locale,
                () -> open(BriefFormat.XLSX, response));
    }

    @GetMapping("/api/meetings/{id}/brief.pdf")
    void meetingPdf(@PathVariable String id, @RequestParam(defaultValue = "false") boolean unmask, Locale locale,
                    HttpServletResponse response) throws IOException {
        export.meeting(users.require(), id, BriefFormat.PDF, unmask, locale, () -> open(BriefFormat.PDF, response));
    }

    @GetMapping("/api/meetings/{id}/brief.xlsx")
    void meetingXlsx(@PathVariable String id, @RequestParam(defaultValue = "false") boolean unmask, Locale locale,
                     HttpServletResponse response) throws IOException {
        export.meeting(users.require(), id, BriefFormat.XLSX, unmask, locale, () -> open(BriefFormat.XLSX, response));
    }

    private java.io.OutputStream open(BriefFormat format, HttpServletResponse response) throws IOException {
        response.setContentType(format.contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(export.fileName(format)).build().toString());
        return response.getOutputStream();
    }

    private static Period period(String from, String to) {
        try {
            return Period.parse(from, to);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
