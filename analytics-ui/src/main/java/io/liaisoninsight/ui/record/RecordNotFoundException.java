package io.liaisoninsight.ui.record;

/** No record has this id (in any source). */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String id) {
        super("no record " + id);
    }
}
