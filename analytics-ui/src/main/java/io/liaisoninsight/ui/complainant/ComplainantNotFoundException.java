package io.liaisoninsight.ui.complainant;

/** No complainant identity has this id (nor was one with this id merged into another). */
public class ComplainantNotFoundException extends RuntimeException {

    public ComplainantNotFoundException(String id) {
        super("no complainant " + id);
    }
}
