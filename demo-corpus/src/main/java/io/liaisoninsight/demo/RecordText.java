package io.liaisoninsight.demo;

/**
 * Title and content of one record.
 *
 * @param dangerKeyword the danger-to-life keyword planted in the content, or null
 */
record RecordText(String title, String content, String dangerKeyword) {
}
