package io.liaisoninsight.ui.complainant;

import io.liaisoninsight.ui.system.ItemNotFoundException;

/** No complainant identity has this id (nor was one with this id merged into another). */
public class ComplainantNotFoundException extends ItemNotFoundException {

    public ComplainantNotFoundException(String id) {
        super("no complainant " + id, "complainant.notFound");
    }
}
