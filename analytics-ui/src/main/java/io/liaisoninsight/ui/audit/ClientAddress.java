package io.liaisoninsight.ui.audit;

import com.vaadin.flow.server.VaadinRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client's address for the audit trail: the servlet request's remote address. Behind a reverse
 * proxy set {@code server.forward-headers-strategy=native} (and let only the proxy reach the app), or
 * every entry shows the proxy; X-Forwarded-For is deliberately not read directly since any client can
 * send it.
 */
@Component
class ClientAddress {

    static final String UNKNOWN = "unknown";

    String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        // Vaadin requests that bypass Spring's request-context filter (e.g. push).
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? UNKNOWN : vaadin.getRemoteAddr();
    }
}
