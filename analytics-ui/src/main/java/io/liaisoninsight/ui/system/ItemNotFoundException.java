package io.liaisoninsight.ui.system;

/**
 * No item (record, complainant, meeting) has the requested id: REST answers 404 and a page says so, each with
 * the feature's own message ({@link #messageKey()}).
 */
public abstract class ItemNotFoundException extends RuntimeException {

    private final String messageKey;

    protected ItemNotFoundException(String message, String messageKey) {
        super(message);
        this.messageKey = messageKey;
    }

    /** Bundle key of the message users see, e.g. {@code record.notFound}. */
    public String messageKey() {
        return messageKey;
    }
}
