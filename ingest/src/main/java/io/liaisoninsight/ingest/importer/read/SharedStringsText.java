package io.liaisoninsight.ingest.importer.read;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workbook's shared strings (where .xlsx keeps nearly all text cells) as plain strings. POI's
 * read-only table builds an XMLBeans rich-text object for every cell it hands out, which cost about
 * an eighth of the import time; here a lookup is a list access. Phonetic guides ({@code rPh}, for
 * Japanese readings) are left out; Excel's escapes for control characters ({@code _x000D_}) are decoded.
 */
final class SharedStringsText implements SharedStrings {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final List<String> strings;

    private SharedStringsText(List<String> strings) {
        this.strings = strings;
    }

    static SharedStringsText read(InputStream in) throws IOException, SAXException, ParserConfigurationException {
        Collector collector = new Collector();
        var parser = XMLHelper.newXMLReader();
        parser.setContentHandler(collector);
        parser.parse(new InputSource(in));
        return new SharedStringsText(collector.strings);
    }

    static SharedStringsText empty() {
        return new SharedStringsText(List.of());
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new PlainText(strings.get(idx));
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    private static String decode(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(r.group(1), 16))));
    }

    private static final class Collector extends DefaultHandler {
        private final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inT;
        private boolean inPhonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> inT = true;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> strings.add(decode(text.toString()));
                case "t" -> inT = false;
                case "rPh" -> inPhonetic = false;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inT && !inPhonetic) {
                text.append(ch, start, length);
            }
        }
    }

    /** Text without formatting; the sheet handler only reads it back with toString(). */
    private record PlainText(String value) implements RichTextString {
        @Override
        public String getString() {
            return value;
        }

        @Override
        public String toString() {
            return value;
        }

        @Override
        public int length() {
            return value.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void clearFormatting() {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException("read only");
        }
    }
}
