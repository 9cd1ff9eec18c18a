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

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the search box: words (implicitly AND), "quoted phrases" (also “”「」『』), AND/OR/NOT and their
 * Chinese words ({@link QueryLanguage}), a leading minus for NOT, parentheses, and {@code label:value}
 * qualifiers. It never throws: text it cannot parse (unclosed quotes, unmatched parentheses, too deep
 * nesting) becomes a {@link Plain} match of its words, with a note saying so; symbols with no meaning
 * here ({@code * { } = ~}…) and control characters are dropped with a note. Pure; one instance is shared.
 */
final class QueryParser {

    /** Deeper nesting is not something people type; it is refused to bound recursion. */
    static final int MAX_DEPTH = 8;
    private static final Map<Integer, Integer> QUOTES = Map.of((int) '"', (int) '"', (int) '\u201C', (int) '\u201D',
            (int) '\u201D', (int) '\u201D', (int) '\u300C', (int) '\u300D', (int) '\u300E', (int) '\u300F');

    private final QueryLanguage language;
    private final int maxLength;
    private final int maxTerms;

    /**
     * @param maxLength longest text read, in characters (the rest is cut off with a note)
     * @param maxTerms  most terms, phrases and filters (further ones are ignored with a note)
     */
    QueryParser(QueryLanguage language, int maxLength, int maxTerms) {
        this.language = language;
        this.maxLength = maxLength;
        this.maxTerms = maxTerms;
    }

    ParsedQuery parse(String input) {
        List<Note> notes = new ArrayList<>();
        String text = sanitize(input == null ? "" : input, notes);
        if (text.isBlank()) {
            if (!notes.isEmpty() || (input != null && !input.isBlank())) {
                notes.add(new Note(Note.Kind.NOTHING_SEARCHABLE, ""));
            }
            return new ParsedQuery(null, notes, false);
        }
        Run run = new Run(notes);
        try {
            run.tokens = tokenize(text, notes);
            Node root = run.or(0);
            if (run.pos < run.tokens.size()) {
                throw new Unparsable(Note.Kind.UNBALANCED_PARENTHESES);
            }
            if (root == null) {
                notes.add(new Note(Note.Kind.NOTHING_SEARCHABLE, ""));
            }
            return new ParsedQuery(root, notes, false);
        } catch (Unparsable e) {
            List<Note> fallbackNotes = new ArrayList<>(notes.stream().filter(n -> n.kind() == Note.Kind.TRUNCATED
                    || n.kind() == Note.Kind.CONTROL_CHARACTERS).toList());
            fallbackNotes.add(new Note(e.kind, ""));
            String plain = String.join(" ", words(text));
            if (plain.isEmpty()) {
                fallbackNotes.add(new Note(Note.Kind.NOTHING_SEARCHABLE, ""));
                return new ParsedQuery(null, fallbackNotes, true);
            }
            return new ParsedQuery(new Plain(plain), fallbackNotes, true);
        }
    }

    /** NFKC (full-width letters, digits, brackets and colons become ASCII), no control characters, bounded length. */
    private String sanitize(String input, List<Note> notes) {
        String normalised = Normalizer.normalize(input, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        boolean removed = false;
        int count = 0;
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                removed = true;
                continue;
            } else {
                out.appendCodePoint(cp);
            }
            if (++count >= maxLength && i < normalised.length()) {
                notes.add(new Note(Note.Kind.TRUNCATED, String.valueOf(maxLength)));
                break;
            }
        }
        if (removed) {
            notes.add(new Note(Note.Kind.CONTROL_CHARACTERS, ""));
        }
        return out.toString().strip();
    }

    private enum Type { WORD, PHRASE, FIELD, LPAREN, RPAREN, AND, OR, NOT }

    /** @param qualifier for FIELD and qualified PHRASE tokens */
    private record Token(Type type, String text, Qualifier qualifier) {
        static Token of(Type type) {
            return new Token(type, "", null);
        }
    }

    private static final class Unparsable extends Exception {
        final Note.Kind kind;

        Unparsable(Note.Kind kind) {
            super(kind.name(), null, false, false);
            this.kind = kind;
        }
    }

    private List<Token> tokenize(String text, List<Note> notes) throws Unparsable {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp == ' ') {
                i++;
            } else if (cp == '(') {
                tokens.add(Token.of(Type.LPAREN));
                i++;
            } else if (cp == ')') {
                tokens.add(Token.of(Type.RPAREN));
                i++;
            } else if (QUOTES.containsKey(cp)) {
                int end = closingQuote(text, i);
                tokens.add(new Token(Type.PHRASE, text.substring(i + 1, end), null));
                i = end + 1;
            } else if (cp == '-' && i + 1 < text.length() && text.charAt(i + 1) != ' ' && text.charAt(i + 1) != ')') {
                tokens.add(Token.of(Type.NOT));
                i++;
            } else if (cp == '+') {
                i++;
            } else {
                int end = i;
                while (end < text.length() && " ()".indexOf(text.charAt(end)) < 0
                        && !QUOTES.containsKey(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                String word = text.substring(i, end);
                i = end;
                QueryLanguage.Operator operator = language.operator(word);
                int colon = word.indexOf(':');
                var qualifier = colon > 0 ? language.qualifier(word.substring(0, colon)) : java.util.Optional.<Qualifier>empty();
                if (operator != null) {
                    tokens.add(Token.of(Type.valueOf(operator.name())));
                } else if (qualifier.isPresent()) {
                    String value = word.substring(colon + 1);
                    if (value.isEmpty() && i < text.length() && QUOTES.containsKey(text.codePointAt(i))) {
                        int close = closingQuote(text, i);
                        tokens.add(new Token(Type.PHRASE, text.substring(i + 1, close), qualifier.get()));
                        i = close + 1;
                    } else if (value.isEmpty()) {
                        notes.add(new Note(Note.Kind.EMPTY_VALUE, word));
                    } else {
                        tokens.add(new Token(Type.FIELD, value, qualifier.get()));
                    }
                } else {
                    tokens.add(new Token(Type.WORD, word, null));
                }
            }
        }
        return tokens;
    }

    private static int closingQuote(String text, int open) throws Unparsable {
        int closer = QUOTES.get(text.codePointAt(open));
        int end = text.indexOf(closer, open + 1);
        if (end < 0 && closer == '\u201D') {
            end = text.indexOf('\u201C', open + 1);
        }
        if (end < 0) {
            throw new Unparsable(Note.Kind.UNBALANCED_QUOTES);
        }
        return end;
    }

    /** One parse: the tokens, the position, the notes and the term budget. */
    private final class Run {
        final List<Note> notes;
        List<Token> tokens = List.of();
        int pos;
        int terms;
        boolean tooMany;

        Run(List<Note> notes) {
            this.notes = notes;
        }

        Token peek() {
            return pos < tokens.size() ? tokens.get(pos) : null;
        }

        boolean at(Type type) {
            Token t = peek();
            return t != null && t.type() == type;
        }

        Node or(int depth) throws Unparsable {
            List<Node> parts = new ArrayList<>();
            Node first = and(depth);
            if (first != null) {
                parts.add(first);
            }
            while (at(Type.OR)) {
                pos++;
                Node next = and(depth);
                if (next == null || parts.isEmpty()) {
                    dangling("OR");
                }
                if (next != null) {
                    parts.add(next);
                }
            }
            return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : new Or(parts);
        }

        Node and(int depth) throws Unparsable {
            List<Node> parts = new ArrayList<>();
            boolean pendingAnd = false;
            while (peek() != null && !at(Type.RPAREN) && !at(Type.OR)) {
                if (at(Type.AND)) {
                    pos++;
                    if (parts.isEmpty() || pendingAnd) {
                        dangling("AND");
                    }
                    pendingAnd = true;
                    continue;
                }
                Node next = unary(depth);
                if (next != null) {
                    addFlattened(parts, next);
                }
                pendingAnd = false;
            }
            if (pendingAnd) {
                dangling("AND");
            }
            return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : new And(parts);
        }

        Node unary(int depth) throws Unparsable {
            if (at(Type.NOT)) {
                pos++;
                if (peek() == null || at(Type.RPAREN) || at(Type.OR) || at(Type.AND)) {
                    dangling("NOT");
                    return null;
                }
                Node child = unary(depth);
                if (child == null) {
                    return null;
                }
                return child instanceof Not not ? not.child() : new Not(child);
            }
            return primary(depth);
        }

        Node primary(int depth) throws Unparsable {
            Token t = tokens.get(pos++);
            switch (t.type()) {
                case LPAREN -> {
                    if (depth + 1 > MAX_DEPTH) {
                        throw new Unparsable(Note.Kind.TOO_DEEP);
                    }
                    Node inner = or(depth + 1);
                    if (!at(Type.RPAREN)) {
                        throw new Unparsable(Note.Kind.UNBALANCED_PARENTHESES);
                    }
                    pos++;
                    return inner;
                }
                case RPAREN -> throw new Unparsable(Note.Kind.UNBALANCED_PARENTHESES);
                case WORD -> {
                    return terms(t.text(), null);
                }
                case PHRASE -> {
                    String phrase = String.join(" ", words(t.text()));
                    if (phrase.isEmpty()) {
                        notes.add(new Note(Note.Kind.IGNORED_SYMBOLS, t.text()));
                        return null;
                    }
                    TextTarget field = t.qualifier() instanceof TextTarget target ? target : null;
                    if (t.qualifier() instanceof SearchField filterField) {
                        return filter(filterField, t.text().strip());
                    }
                    return leaf(new Phrase(phrase, field));
                }
                case FIELD -> {
                    if (t.qualifier() instanceof TextTarget target) {
                        return terms(t.text(), target);
                    }
                    return filter((SearchField) t.qualifier(), t.text());
                }
                default -> {
                    // AND/OR/NOT are consumed by the callers; reaching one here means it stood alone.
                    dangling(t.type().name());
                    return null;
                }
            }
        }

        private Node filter(SearchField field, String written) {
            if (words(written).isEmpty()) {
                notes.add(new Note(Note.Kind.EMPTY_VALUE, written));
                return null;
            }
            if (!language.knows(field, written)) {
                notes.add(new Note(Note.Kind.UNKNOWN_VALUE, written));
            }
            return leaf(new Filter(field, language.value(field, written)));
        }

        /** A typed word: its meaningful pieces, each a term (several pieces = AND). */
        private Node terms(String word, TextTarget field) {
            List<String> pieces = words(word);
            if (pieces.size() != 1 || !pieces.get(0).equals(word)) {
                notes.add(new Note(Note.Kind.IGNORED_SYMBOLS, word));
            }
            List<Node> leaves = new ArrayList<>();
            for (String piece : pieces) {
                Node leaf = leaf(new Term(piece, field));
                if (leaf != null) {
                    leaves.add(leaf);
                }
            }
            return leaves.isEmpty() ? null : leaves.size() == 1 ? leaves.get(0) : new And(leaves);
        }

        private Node leaf(Node node) {
            if (++terms > maxTerms) {
                if (!tooMany) {
                    notes.add(new Note(Note.Kind.TOO_MANY_TERMS, String.valueOf(maxTerms)));
                    tooMany = true;
                }
                return null;
            }
            return node;
        }

        private void dangling(String operator) {
            notes.add(new Note(Note.Kind.DANGLING_OPERATOR, operator));
        }

        private void addFlattened(List<Node> parts, Node next) {
            if (next instanceof And and) {
                parts.addAll(and.children());
            } else {
                parts.add(next);
            }
        }
    }

    /**
     * The searchable pieces of some text: runs of letters, digits and marks, kept together by the
     * connectors people use inside names and numbers ({@code - _ . / · @ #}); everything else separates.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || isMark(cp) || (current.length() > 0 && isConnector(cp))) {
                current.appendCodePoint(cp);
            } else {
                flush(current, words);
            }
        }
        flush(current, words);
        return words;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isConnector(int cp) {
        return "-_./@#\u00B7".indexOf(cp) >= 0;
    }

    private static void flush(StringBuilder current, List<String> words) {
        int end = current.length();
        while (end > 0 && isConnector(current.charAt(end - 1))) {
            end--;
        }
        if (end > 0) {
            words.add(current.substring(0, end));
        }
        current.setLength(0);
    }
}
