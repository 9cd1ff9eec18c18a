package io.liaisoninsight.ui.meeting;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a brief ({@link BriefTables.Document}) as an A4 PDF with PDFBox: heading lines, then each table
 * with wrapped cells, repeated headers after a page break, bars beside counts, page numbers. The CJK font
 * ({@link MeetingSettings#pdfFont}) is embedded as a subset, so the file reads the same everywhere and its
 * text can be extracted (copied, searched).
 */
@Component
class BriefPdf {

    private static final float MARGIN = 45;
    private static final float TITLE_SIZE = 16;
    private static final float HEADING_SIZE = 12;
    private static final float TEXT_SIZE = 9.5f;
    private static final float CELL_SIZE = 8.5f;
    private static final float LEADING = 1.35f;
    private static final float PAD = 3;
    private static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF2);
    private static final Color BAR = new Color(0x54, 0x70, 0xC6);
    private static final Color RULE = new Color(0xC8, 0xCC, 0xD2);

    private final MeetingSettings settings;

    BriefPdf(MeetingSettings settings) {
        this.settings = settings;
    }

    /** @throws IllegalStateException the configured font is missing or unusable (names the setting) */
    void write(BriefTables.Document document, String pageLabel, OutputStream out) throws IOException {
        Path fontPath = settings.pdfFont();
        if (!Files.isReadable(fontPath)) {
            throw new IllegalStateException("PDF font " + fontPath + " is missing: install the Debian package "
                    + "fonts-wqy-zenhei or set liaison.meeting.pdf-font");
        }
        boolean collection = fontPath.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
        try (PDDocument pdf = new PDDocument();
             TrueTypeCollection ttc = collection ? new TrueTypeCollection(fontPath.toFile()) : null) {
            PDType0Font font;
            if (ttc != null) {
                TrueTypeFont ttf = ttc.getFontByName(settings.pdfFontName());
                if (ttf == null) {
                    throw new IllegalStateException("no font " + settings.pdfFontName() + " in " + fontPath
                            + " (liaison.meeting.pdf-font-name)");
                }
                font = PDType0Font.load(pdf, ttf, true);
            } else {
                font = PDType0Font.load(pdf, fontPath.toFile());
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.title());
            info.setCreator("Liaison Insight");
            new Writer(pdf, new SafeFont(font)).document(document);
            numberPages(pdf, font, pageLabel);
            // The collection stays open until here: the subset is built while saving.
            pdf.save(out);
        }
    }

    private static void numberPages(PDDocument pdf, PDType0Font font, String pageLabel) throws IOException {
        int count = pdf.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = pdf.getPage(i);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true)) {
                String text = String.format(Locale.ROOT, pageLabel, i + 1, count);
                cs.beginText();
                cs.setFont(font, 8);
                cs.newLineAtOffset(page.getMediaBox().getWidth() / 2 - 20, MARGIN / 2);
                cs.showText(text);
                cs.endText();
            }
        }
    }

    /** Replaces characters the font cannot show (and control characters) so a citizen's emoji cannot fail the export. */
    static final class SafeFont {
        final PDType0Font font;
        private final Map<Integer, Boolean> known = new HashMap<>();

        SafeFont(PDType0Font font) {
            this.font = font;
        }

        String clean(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp)) {
                    out.append(' ');
                } else if (known.computeIfAbsent(cp, this::encodable)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean encodable(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        double width(String text, float size) {
            try {
                return font.getStringWidth(clean(text)) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Lays out one document, page by page. */
    private static final class Writer {
        private final PDDocument pdf;
        private final SafeFont font;
        private PDPageContentStream cs;
        private float y;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

        Writer(PDDocument pdf, SafeFont font) {
            this.pdf = pdf;
            this.font = font;
        }

        void document(BriefTables.Document document) throws IOException {
            newPage();
            try {
                paragraph(document.title(), TITLE_SIZE);
                y -= 4;
                for (String line : document.lines()) {
                    paragraph(line, TEXT_SIZE);
                }
                for (BriefTables.Table table : document.tables()) {
                    y -= 10;
                    table(table);
                }
            } finally {
                cs.close();
            }
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            cs = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void paragraph(String text, float size) throws IOException {
            for (String line : PdfLayout.wrap(text, width, s -> font.width(s, size))) {
                ensure(size * LEADING);
                y -= size * LEADING;
                text(line, MARGIN, y + size * 0.25f, size);
            }
        }

        private void text(String text, float x, float baseline, float size) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font.font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(font.clean(text));
            cs.endText();
        }

        private void table(BriefTables.Table table) throws IOException {
            boolean bars = table.header().size() == 2 && table.numeric().get(1);
            float[] columns = columns(table, bars);
            ensure(HEADING_SIZE * LEADING + 3 * CELL_SIZE * LEADING);
            paragraph(table.title(), HEADING_SIZE);
            y -= 2;
            row(table.header(), columns, true, -1, 0);
            if (table.rows().isEmpty()) {
                paragraph("—", CELL_SIZE);
                return;
            }
            long max = bars ? table.rows().stream().mapToLong(r -> parse(r.get(1))).max().orElse(0) : 0;
            for (List<String> cells : table.rows()) {
                if (row(cells, columns, false, bars ? parse(cells.get(1)) : -1, max)) {
                    row(table.header(), columns, true, -1, 0);
                    row(cells, columns, false, bars ? parse(cells.get(1)) : -1, max);
                }
            }
        }

        /** Column widths from the weights; a count table keeps room on the right for its bars. */
        private float[] columns(BriefTables.Table table, boolean bars) {
            float usable = bars ? width * 0.55f : width;
            int total = table.weights().stream().mapToInt(Integer::intValue).sum();
            float[] columns = new float[table.weights().size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = usable * table.weights().get(i) / total;
            }
            return columns;
        }

        /** @return true when the row did not fit and a new page was started instead (the caller repeats it) */
        private boolean row(List<String> cells, float[] columns, boolean header, long bar, long max) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < columns.length; i++) {
                String cell = i < cells.size() ? cells.get(i) : "";
                List<String> cellLines = PdfLayout.wrap(cell, columns[i] - 2 * PAD, s -> font.width(s, CELL_SIZE));
                wrapped.add(cellLines);
                lines = Math.max(lines, cellLines.size());
            }
            float height = lines * CELL_SIZE * LEADING + 2 * PAD;
            if (y - height < MARGIN) {
                newPage();
                if (!header) {
                    return true;
                }
            }
            float top = y;
            y -= height;
            if (header) {
                cs.setNonStrokingColor(HEADER_FILL);
                cs.addRect(MARGIN, y, sum(columns), height);
                cs.fill();
            }
            cs.setNonStrokingColor(Color.BLACK);
            float x = MARGIN;
            for (int i = 0; i < columns.length; i++) {
                float baseline = top - PAD - CELL_SIZE;
                for (String line : wrapped.get(i)) {
                    text(line, x + PAD, baseline, CELL_SIZE);
                    baseline -= CELL_SIZE * LEADING;
                }
                x += columns[i];
            }
            if (bar > 0 && max > 0) {
                float room = width - sum(columns) - 2 * PAD;
                cs.setNonStrokingColor(BAR);
                cs.addRect(x + PAD, y + PAD + 1, Math.max(1, room * bar / max), height - 2 * PAD - 2);
                cs.fill();
                cs.setNonStrokingColor(Color.BLACK);
            }
            cs.setStrokingColor(RULE);
            cs.setLineWidth(0.4f);
            cs.moveTo(MARGIN, y);
            cs.lineTo(MARGIN + sum(columns), y);
            cs.stroke();
            return false;
        }

        private static float sum(float[] columns) {
            float s = 0;
            for (float c : columns) {
                s += c;
            }
            return s;
        }

        private static long parse(String count) {
            try {
                return Long.parseLong(count);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
