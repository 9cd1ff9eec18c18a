package io.liaisoninsight.ingest.importer.read;

import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Excel's numbers as text the contract understands. A date cell is a day count formatted for display
 * (often as 2026/3/1 or 3-1-26, depending on the machine's locale); we write it as
 * {@code yyyy-MM-dd[ HH:mm:ss]} instead, a form the ingest time parser reads unambiguously. A plain
 * number is written in full (13800000000, not 1.38E+10; 3, not 3.0), whatever its display format.
 */
final class ExcelValues {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Beyond this a double no longer holds every integer exactly. */
    private static final double EXACT_INTEGERS = 1e15;

    private ExcelValues() {
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGERS) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String date(double value, boolean date1904) {
        LocalDateTime time = DateUtil.getLocalDateTime(value, date1904, true);
        return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate().toString() : DATE_TIME.format(time);
    }

    /** A numeric cell with the given display format: a date when the format shows a date, else a number. */
    static String numeric(double value, int formatIndex, String formatString, boolean date1904) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return date(value, date1904);
        }
        return number(value);
    }
}
