package id.canting.imports.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a spreadsheet's stored number into a {@link Cell} from its value, never from its display
 * format: a cell shown as {@code 1,234} gives 1234, a 13-digit NIB gives all 13 digits.
 */
final class SpreadsheetNumbers {

	/**
	 * Excel and LibreOffice keep 15 significant digits of what is typed and show no more; the binary
	 * double behind a cell can add float noise past that (0.1 + 0.2 stored as 0.30000000000000004).
	 * Rounding to 15 digits gives back exactly the value the official typed or sees.
	 */
	private static final MathContext TYPED_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

	/** Day 0 of spreadsheet serial dates in the 1900 system (Excel's 1900 leap-year bug included). */
	private static final LocalDateTime SERIAL_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);

	private SpreadsheetNumbers() {
	}

	static BigDecimal exact(double value) {
		return plain(new BigDecimal(Double.toString(value)));
	}

	static BigDecimal exact(String decimal) {
		return plain(new BigDecimal(decimal.trim()));
	}

	/** 15 significant digits, no trailing zeros, never an exponent: 2015.0 and 2.015E3 are both 2015. */
	private static BigDecimal plain(BigDecimal value) {
		BigDecimal rounded = value.round(TYPED_DIGITS).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
	}

	/**
	 * A numeric cell of XLSX or XLS: a date when its format is a date format (with the serial, so a
	 * year typed into a date cell can still be recognised), otherwise a plain number.
	 */
	static Cell numeric(double value, int formatIndex, String formatString, boolean date1904, DataFormatter formatter) {
		if (!Double.isFinite(value)) {
			return Cell.text(Double.toString(value));
		}
		if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
			return Cell.date(DateUtil.getLocalDateTime(value, date1904), exact(value),
					formatter.formatRawCellContents(value, formatIndex, formatString, date1904));
		}
		return Cell.number(exact(value));
	}

	/** The serial number a spreadsheet stores for a date (ODS stores the date itself). */
	static BigDecimal serialOf(LocalDateTime date) {
		long seconds = ChronoUnit.SECONDS.between(SERIAL_EPOCH, date);
		return plain(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(86_400), TYPED_DIGITS));
	}
}
