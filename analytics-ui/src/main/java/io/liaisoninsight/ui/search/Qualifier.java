package io.liaisoninsight.ui.search;

/** What a {@code label:} prefix in the search box restricts a term to: a keyword filter or one text field. */
sealed interface Qualifier permits SearchField, TextTarget {

    /** Bundle key of the label shown in the "understood as" line. */
    String labelKey();
}
