package io.liaisoninsight.ui.system;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.liaisoninsight.ui.audit.AuditUnavailableException;
import io.liaisoninsight.ui.security.NotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.io.UncheckedIOException;

/**
 * JSON errors of the REST API, with a message in the request's language (Chinese unless the client
 * asks for English): {@code {"error": "forbidden", "reason": "OUT_OF_SCOPE", "message": "…"}}.
 */
@RestControllerAdvice
class RestErrors {

    private static final Logger log = LoggerFactory.getLogger(RestErrors.class);

    /** The JSON body. @param reason machine-readable cause, may be null */
    record Error(String error, String reason, String message) {
    }

    private final MessageSource messages;

    RestErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<Error> notPermitted(NotPermittedException e) {
        return body(HttpStatus.FORBIDDEN, "forbidden", e.reason().name(), e.messageKey());
    }

    @ExceptionHandler(ItemNotFoundException.class)
    ResponseEntity<Error> notFound(ItemNotFoundException e) {
        return body(HttpStatus.NOT_FOUND, "not_found", null, e.messageKey());
    }

    @ExceptionHandler(AuditUnavailableException.class)
    ResponseEntity<Error> auditUnavailable(AuditUnavailableException e) {
        return body(HttpStatus.SERVICE_UNAVAILABLE, "audit_unavailable", null, "audit.unavailable");
    }

    @ExceptionHandler({UncheckedIOException.class, ElasticsearchException.class})
    ResponseEntity<Error> engineUnavailable(RuntimeException e) {
        log.warn("request failed, Elasticsearch unavailable: {}", Problems.describe(e));
        return body(HttpStatus.SERVICE_UNAVAILABLE, "engine_unavailable", null, "engine.unavailable");
    }

    private ResponseEntity<Error> body(HttpStatus status, String error, String reason, String messageKey) {
        String message = messages.getMessage(messageKey, null, messageKey, LocaleContextHolder.getLocale());
        return ResponseEntity.status(status).body(new Error(error, reason, message));
    }
}
