package io.liaisoninsight.ui.audit;

import io.liaisoninsight.ui.security.CurrentUsers;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code GET /api/audit/events.csv?user=&action=&outcome=&from=yyyy-MM-dd&to=yyyy-MM-dd}: the filtered
 * audit trail as CSV, for auditors. The audit page's export link points here, so the browser downloads
 * it with the session cookie; a GET changes nothing but the audit trail, so it needs no CSRF token.
 */
@RestController
class AuditController {

    private final AuditTrail trail;
    private final CurrentUsers users;
    private final Clock clock;

    AuditController(AuditTrail trail, CurrentUsers users, Clock clock) {
        this.trail = trail;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/api/audit/events.csv")
    void export(@RequestParam(required = false) String user,
                @RequestParam(required = false) AuditAction action,
                @RequestParam(required = false) AuditOutcome outcome,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Locale locale, HttpServletResponse response) throws IOException {
        AuditFilter filter = new AuditFilter(user, action, outcome, from, to);
        String name = "audit-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(clock.instant()
                .atZone(clock.getZone())) + ".csv";
        trail.exportCsv(users.require(), filter, locale, () -> {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(name).build().toString());
            return response.getOutputStream();
        });
    }
}
