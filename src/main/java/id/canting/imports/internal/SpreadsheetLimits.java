package id.canting.imports.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far an uploaded spreadsheet may grow when it is opened ({@code canting.imports.*}). A 33 MB
 * XLSX can hold shared strings that expand to gigabytes; these limits refuse it with a message
 * instead of letting it take the node's memory.
 *
 * @param maxExpandedMb the largest any one entry of a zipped file (XLSX, ODS) may expand to, in MB
 * @param maxCellChars the longest text one cell may hold (32,767 is Excel's own limit)
 */
@ConfigurationProperties("canting.imports")
public record SpreadsheetLimits(@DefaultValue("512") int maxExpandedMb, @DefaultValue("32767") int maxCellChars) {

	public static final SpreadsheetLimits DEFAULT = new SpreadsheetLimits(512, 32767);

	public SpreadsheetLimits {
		if (maxExpandedMb < 1 || maxCellChars < 1) {
			throw new IllegalArgumentException("canting.imports: max-expanded-mb and max-cell-chars must be positive");
		}
	}

	long maxExpandedBytes() {
		return maxExpandedMb * 1024L * 1024L;
	}
}
