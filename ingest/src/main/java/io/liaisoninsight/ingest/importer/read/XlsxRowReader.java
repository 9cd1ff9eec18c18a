package io.liaisoninsight.ingest.importer.read;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams one worksheet of an .xlsx file with POI's SAX event API: memory holds the shared strings
 * ({@link SharedStringsText}) and one row, not the workbook (the usermodel needs ~1 KB per cell, so an export of 100,000 rows
 * would need gigabytes). Dates and numbers are written as {@link ExcelValues} describes, not as Excel
 * displays them.
 */
public final class XlsxRowReader implements RowReader {

    private final ReadOptions options;

    public XlsxRowReader(ReadOptions options) {
        this.options = options;
    }

    @Override
    public void read(Path file, RowSink sink) throws UnreadableFileException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader workbook = new XSSFReader(pkg);
            SharedStrings strings = sharedStrings(pkg);
            StylesTable styles = workbook.getStylesTable();
            boolean date1904 = usesDate1904(workbook);
            ChosenSheet chosen = chooseSheet(workbook, sink);
            try (InputStream sheet = chosen.data()) {
                SheetRows rows = new SheetRows(options.headerRow(), sink);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Cells(rows),
                        new ContractFormatter(date1904), false));
                try {
                    parser.parse(new InputSource(sheet));
                } catch (Stop stop) {
                    return;
                }
                if (!rows.sawHeader()) {
                    throw new UnreadableFileException(SheetRows.noHeader(chosen.name(), options.headerRow()));
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | UnsupportedFileFormatException e) {
            throw new UnreadableFileException("无法读取 Excel 文件 (cannot read .xlsx) " + file + ": " + e.getMessage()
                    + "。如果文件有密码，请先在 Excel 中去掉密码再另存。", e);
        }
    }

    private record ChosenSheet(String name, InputStream data) {
    }

    private ChosenSheet chooseSheet(XSSFReader workbook, RowSink sink)
            throws IOException, OpenXML4JException, UnreadableFileException {
        XSSFReader.SheetIterator sheets = workbook.getSheetIterator();
        List<String> names = new ArrayList<>();
        String wanted = options.sheet();
        while (sheets.hasNext()) {
            InputStream data = sheets.next();
            String name = sheets.getSheetName();
            names.add(name);
            if (wanted == null || wanted.equals(name) || wanted.equals(String.valueOf(names.size()))) {
                sink.note("工作表 (sheet): " + name);
                return new ChosenSheet(name, data);
            }
            data.close();
        }
        throw new UnreadableFileException("工作簿中没有工作表 (no sheet) \"" + wanted + "\"；现有: " + String.join("、", names));
    }

    private static SharedStrings sharedStrings(OPCPackage pkg)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        // A workbook without any text cell has no shared-strings part.
        if (parts.isEmpty()) {
            return SharedStringsText.empty();
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return SharedStringsText.read(in);
        }
    }

    /** Workbooks made on old Macs count days from 1904; the flag is in workbook.xml. */
    private static boolean usesDate1904(XSSFReader workbook)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        boolean[] date1904 = {false};
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        try (InputStream in = workbook.getWorkbookData()) {
            parser.parse(new InputSource(in));
        }
        return date1904[0];
    }

    /** Thrown through the SAX parser to stop reading when the sink asks to. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private static final class Cells implements SheetContentsHandler {
        private final SheetRows rows;
        private int nextColumn;

        Cells(SheetRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (!rows.endRow(rowNum + 1)) {
                throw new Stop();
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            rows.cell(column, formattedValue);
        }
    }

    /** Gives every numeric cell's value in contract form instead of Excel's display form. */
    private static final class ContractFormatter extends DataFormatter {
        private final boolean date1904;

        ContractFormatter(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            return ExcelValues.numeric(value, formatIndex, formatString, date1904);
        }
    }
}
