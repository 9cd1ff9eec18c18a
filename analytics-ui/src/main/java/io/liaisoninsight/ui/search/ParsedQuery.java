package io.liaisoninsight.ui.search;

import java.util.List;

/**
 * What the search box text was understood as: a tree of terms, phrases and field filters combined with
 * AND/OR/NOT, plus notes on what was ignored or could not be parsed. Shown back to the user ("understood
 * as …") and turned into an Elasticsearch query by {@link SearchQuery}; user text only ever becomes the
 * {@code query} string of match clauses or a term value, never query syntax.
 *
 * @param root     the condition; null when nothing searchable was typed (everything in scope matches)
 * @param notes    what the parser changed or ignored, in order
 * @param fallback the text could not be parsed and is searched as plain words ({@link Plain})
 */
record ParsedQuery(Node root, List<Note> notes, boolean fallback) {

    ParsedQuery {
        notes = List.copyOf(notes);
    }

    static ParsedQuery empty() {
        return new ParsedQuery(null, List.of(), false);
    }

    boolean isEmpty() {
        return root == null;
    }

    /** One part of the condition. */
    sealed interface Node permits Term, Phrase, Filter, Plain, And, Or, Not {
    }

    /**
     * Words that must occur (as words, as a near phrase, or character for character).
     *
     * @param field null = title and content
     */
    record Term(String text, TextTarget field) implements Node {
    }

    /** A quoted phrase: these characters in this order. @param field null = title and content */
    record Phrase(String text, TextTarget field) implements Node {
    }

    /** {@code field = value} on a keyword field, e.g. 区县:西固区. */
    record Filter(SearchField field, String value) implements Node {
    }

    /** Fallback for text that could not be parsed: most of these words, ranked. */
    record Plain(String text) implements Node {
    }

    record And(List<Node> children) implements Node {
        And {
            children = List.copyOf(children);
        }
    }

    record Or(List<Node> children) implements Node {
        Or {
            children = List.copyOf(children);
        }
    }

    record Not(Node child) implements Node {
    }

    /** @param detail the text concerned, e.g. the ignored operator; may be empty */
    record Note(Kind kind, String detail) {
        enum Kind {
            /** Quotes not closed: searched as plain words. */
            UNBALANCED_QUOTES,
            /** Parentheses not matched: searched as plain words. */
            UNBALANCED_PARENTHESES,
            /** Nested too deeply: searched as plain words. */
            TOO_DEEP,
            /** Longer than the limit: the rest was cut off. */
            TRUNCATED,
            /** More terms than the limit: the rest were ignored. */
            TOO_MANY_TERMS,
            /** An operator with nothing on one side. */
            DANGLING_OPERATOR,
            /** Symbols that have no meaning here ({@code * { } =}…) were ignored. */
            IGNORED_SYMBOLS,
            /** Invisible or control characters were removed. */
            CONTROL_CHARACTERS,
            /** A label with no value ({@code 区县:}). */
            EMPTY_VALUE,
            /** A value the field does not know (状态:某某): kept, probably matches nothing. */
            UNKNOWN_VALUE,
            /** Nothing searchable remained: showing everything in scope. */
            NOTHING_SEARCHABLE
        }
    }
}
