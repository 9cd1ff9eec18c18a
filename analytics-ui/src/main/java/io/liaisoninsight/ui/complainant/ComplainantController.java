package io.liaisoninsight.ui.complainant;

import io.liaisoninsight.ui.security.CurrentUsers;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/complainants/{id}}: the profile's JSON with only the user's in-scope matters, masked;
 * {@code ?unmask=true} for users allowed to unmask. Errors (403, 404, 503) come from {@code system/RestErrors}.
 */
@RestController
class ComplainantController {

    private final ComplainantService profiles;
    private final CurrentUsers users;

    ComplainantController(ComplainantService profiles, CurrentUsers users) {
        this.profiles = profiles;
        this.users = users;
    }

    @GetMapping(value = "/api/complainants/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ComplainantProfile profile(@PathVariable String id, @RequestParam(defaultValue = "false") boolean unmask) {
        return profiles.read(users.require(), id, unmask);
    }
}
