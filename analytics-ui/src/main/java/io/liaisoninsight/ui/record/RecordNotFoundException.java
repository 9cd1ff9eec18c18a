package io.liaisoninsight.ui.record;

import io.liaisoninsight.ui.system.ItemNotFoundException;

/** No record has this id (in any source). */
public class RecordNotFoundException extends ItemNotFoundException {

    public RecordNotFoundException(String id) {
        super("no record " + id, "record.notFound");
    }
}
