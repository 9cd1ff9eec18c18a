package io.liaisoninsight.ui.record;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.ui.security.CurrentUsers;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/records/{id}}: the record's JSON, scoped and masked; {@code ?unmask=true} for users
 * allowed to unmask. Errors (403, 404, 503) come from {@code system/RestErrors}.
 */
@RestController
class RecordController {

    private final RecordAccess records;
    private final CurrentUsers users;

    RecordController(RecordAccess records, CurrentUsers users) {
        this.records = records;
        this.users = users;
    }

    @GetMapping(value = "/api/records/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode record(@PathVariable String id, @RequestParam(defaultValue = "false") boolean unmask) {
        return records.read(users.require(), id, unmask).record();
    }
}
