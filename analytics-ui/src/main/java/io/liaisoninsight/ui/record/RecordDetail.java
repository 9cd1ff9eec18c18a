package io.liaisoninsight.ui.record;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liaisoninsight.schema.Source;

/**
 * One record as a user may see it.
 *
 * @param id     the record's source id
 * @param index  the monthly index it was found in
 * @param source petition, visit note or media report; null if the record's value is unknown
 * @param masked whether personal numbers are masked (false only after an audited unmask)
 * @param record the record's fields ({@code _source}), without internal fields
 */
public record RecordDetail(String id, String index, Source source, boolean masked, ObjectNode record) {
}
