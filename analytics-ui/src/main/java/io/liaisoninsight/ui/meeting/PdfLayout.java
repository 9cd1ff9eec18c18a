package io.liaisoninsight.ui.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Line breaking for the PDF brief, independent of PDFBox: Chinese text has no spaces, so a line may break
 * after any character; Latin words and numbers (ids, phone numbers) are kept whole unless a word alone is
 * wider than the line. Line breaks in the text start a new line.
 */
final class PdfLayout {

    private PdfLayout() {
    }

    /**
     * @param width   the line width, in the unit {@code measure} returns
     * @param measure width of a piece of text
     * @return at least one line (empty text gives one empty line)
     */
    static List<String> wrap(String text, double width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\r\n|\r|\n", -1)) {
            wrapParagraph(paragraph, width, measure, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, double width, ToDoubleFunction<String> measure, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String piece : pieces(text)) {
            if (measure.applyAsDouble(line + piece) <= width) {
                line.append(piece);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                piece = piece.stripLeading();
            }
            // A piece wider than a whole line (a long number or word) is cut by character.
            for (int i = 0; i < piece.length(); ) {
                int cp = piece.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (line.length() > 0 && measure.applyAsDouble(line + ch) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
        }
        lines.add(line.toString().stripTrailing());
    }

    /** Runs of Latin letters/digits (with a leading space, if any) stay together; every other character is a piece. */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean latin = cp < 0x2E80 && !Character.isWhitespace(cp);
            if (latin) {
                word.appendCodePoint(cp);
                continue;
            }
            if (word.length() > 0) {
                pieces.add(word.toString());
                word.setLength(0);
            }
            pieces.add(new String(Character.toChars(cp)));
        }
        if (word.length() > 0) {
            pieces.add(word.toString());
        }
        return pieces;
    }
}
