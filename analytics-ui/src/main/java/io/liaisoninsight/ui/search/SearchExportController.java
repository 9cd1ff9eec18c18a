package io.liaisoninsight.ui.search;

import io.liaisoninsight.ui.security.CurrentUsers;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@code GET /api/search/export.csv?q=…&district=…} (and {@code .xlsx}): the whole result of a search,
 * with the search page's URL parameters, so the page's export links download exactly what it shows.
 * Errors before the first byte (403, 503) come from {@code system/RestErrors}; a GET changes nothing but
 * the audit trail, so it needs no CSRF token (as the audit export).
 */
@RestController
class SearchExportController {

    private final SearchExport export;
    private final CurrentUsers users;
    private final Clock clock;

    SearchExportController(SearchExport export, CurrentUsers users, Clock clock) {
        this.export = export;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/api/search/export.csv")
    void csv(@RequestParam MultiValueMap<String, String> params, Locale locale, HttpServletResponse response)
            throws IOException {
        run(ExportFormat.CSV, params, locale, response);
    }

    @GetMapping("/api/search/export.xlsx")
    void xlsx(@RequestParam MultiValueMap<String, String> params, Locale locale, HttpServletResponse response)
            throws IOException {
        run(ExportFormat.XLSX, params, locale, response);
    }

    private void run(ExportFormat format, MultiValueMap<String, String> params, Locale locale,
                     HttpServletResponse response) throws IOException {
        String name = "search-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(clock.instant()
                .atZone(clock.getZone())) + "." + format.extension;
        export.export(users.require(), SearchCriteria.fromParameters(params), format, locale, () -> {
            response.setContentType(format.contentType);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(name).build().toString());
            return response.getOutputStream();
        });
    }
}
