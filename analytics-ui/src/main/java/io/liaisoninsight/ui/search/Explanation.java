package io.liaisoninsight.ui.search;

import io.liaisoninsight.ui.search.ParsedQuery.And;
import io.liaisoninsight.ui.search.ParsedQuery.Filter;
import io.liaisoninsight.ui.search.ParsedQuery.Node;
import io.liaisoninsight.ui.search.ParsedQuery.Not;
import io.liaisoninsight.ui.search.ParsedQuery.Note;
import io.liaisoninsight.ui.search.ParsedQuery.Or;
import io.liaisoninsight.ui.search.ParsedQuery.Phrase;
import io.liaisoninsight.ui.search.ParsedQuery.Plain;
import io.liaisoninsight.ui.search.ParsedQuery.Term;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The "understood as" line: the parsed query in the user's words and language, with the synonyms used
 * and what was ignored, so a surprising result can be explained. Text comes from the message bundles
 * ({@code search.understood.*}, {@code search.note.*}) through {@link Messages}; pure otherwise.
 */
final class Explanation {

    /** Message lookup, e.g. a view's {@code getTranslation}. */
    @FunctionalInterface
    interface Messages {
        String get(String key, Object... args);
    }

    private final Messages messages;

    Explanation(Messages messages) {
        this.messages = messages;
    }

    /** e.g. {@code 「拆迁」（含同义词：征收） 并且 区县为西固区；已忽略无意义的符号：*} */
    String describe(ParsedQuery parsed, Map<String, List<String>> expansions) {
        String condition = parsed.root() == null ? messages.get("search.understood.all")
                : node(parsed.root(), expansions, false);
        if (parsed.notes().isEmpty()) {
            return condition;
        }
        String notes = parsed.notes().stream().map(this::note).distinct()
                .collect(Collectors.joining(messages.get("search.understood.noteSeparator")));
        return messages.get("search.understood.withNotes", condition, notes);
    }

    String note(Note note) {
        return messages.get("search.note." + note.kind().name(), note.detail());
    }

    private String node(Node node, Map<String, List<String>> expansions, boolean nested) {
        if (node instanceof Term term) {
            String text = term.field() == null ? messages.get("search.understood.term", term.text())
                    : messages.get("search.understood.termIn", term.text(), messages.get(term.field().labelKey()));
            List<String> synonyms = expansions.get(term.text());
            return synonyms == null || synonyms.isEmpty() ? text
                    : messages.get("search.understood.synonyms", text,
                    String.join(messages.get("list.separator"), synonyms));
        }
        if (node instanceof Phrase phrase) {
            return phrase.field() == null ? messages.get("search.understood.phrase", phrase.text())
                    : messages.get("search.understood.phraseIn", phrase.text(), messages.get(phrase.field().labelKey()));
        }
        if (node instanceof Filter filter) {
            return messages.get("search.understood.filter", messages.get(filter.field().labelKey()),
                    valueLabel(messages, filter.field(), filter.value()));
        }
        if (node instanceof Plain plain) {
            return messages.get("search.understood.plain", plain.text());
        }
        if (node instanceof Not not) {
            return messages.get("search.understood.not", node(not.child(), expansions, true));
        }
        List<Node> children = node instanceof And and ? and.children() : ((Or) node).children();
        String separator = messages.get(node instanceof And ? "search.understood.and" : "search.understood.or");
        String joined = children.stream().map(c -> node(c, expansions, true)).collect(Collectors.joining(separator));
        return nested ? messages.get("search.understood.group", joined) : joined;
    }

    /** A stored value as users read it: codes through the bundle (IN_PROGRESS → 办理中), text as stored. */
    static String valueLabel(Messages messages, SearchField field, String value) {
        if (field.labelPrefix() == null || !value.matches("[A-Z0-9_]+")) {
            return value;
        }
        String label = messages.get(field.labelPrefix() + value);
        return label.startsWith("!") && label.endsWith("!") ? value : label;
    }
}
