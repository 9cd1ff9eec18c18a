package io.liaisoninsight.ingest.normalise;

/**
 * Normalises free Chinese text the way the index and the duplicate detector need it: full-width
 * letters and digits become half-width (ＡＢＣ１２３ → ABC123), the ideographic space and other
 * white space collapse to one space (line breaks are kept, once), invisible characters (zero-width,
 * byte-order mark, control characters) are dropped. Chinese punctuation stays as it is: it is the
 * normal form for Chinese text, not a variant.
 */
public final class TextNormaliser {

    private static final char FULLWIDTH_FIRST = '\uFF01';
    private static final char FULLWIDTH_LAST = '\uFF5E';
    private static final int FULLWIDTH_OFFSET = 0xFEE0;

    public String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        boolean pendingNewline = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                pendingNewline = true;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = true;
                continue;
            }
            if (invisible(c)) {
                continue;
            }
            if (out.length() > 0) {
                if (pendingNewline) {
                    out.append('\n');
                } else if (pendingSpace) {
                    out.append(' ');
                }
            }
            pendingSpace = false;
            pendingNewline = false;
            out.append(halfWidthAlphanumeric(c));
        }
        return out.toString();
    }

    /** Full-width letters and digits to ASCII; everything else unchanged. */
    static char halfWidthAlphanumeric(char c) {
        if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) {
            char ascii = (char) (c - FULLWIDTH_OFFSET);
            if (Character.isLetterOrDigit(ascii)) {
                return ascii;
            }
        }
        return c;
    }

    private static boolean invisible(char c) {
        return Character.isISOControl(c) || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
                || c == '\uFEFF';
    }

    /** Half-width form of every full-width ASCII character, for identifiers (ID numbers, phones). */
    static String halfWidth(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST ? (char) (c - FULLWIDTH_OFFSET)
                    : c == '\u3000' ? ' ' : c);
        }
        return out.toString();
    }
}
