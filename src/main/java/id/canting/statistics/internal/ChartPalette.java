package id.canting.statistics.internal;

/**
 * The site's chart palette (canting.css, {@code --chart-1} and {@code --chart-2}) for the fact
 * sheet's PDF and workbook, which draw their charts without a browser and so cannot read the
 * stylesheet: this period's figures in the first colour, the year before's in the second, as the
 * dashboards' ECharts theme draws them. A test holds these equal to the stylesheet's.
 */
final class ChartPalette {

	static final String THIS_PERIOD = "#7a3b12";
	static final String PREVIOUS_YEAR = "#c9a227";

	private ChartPalette() {
	}

	/** The colour {@code #rrggbb} as the three bytes a workbook's chart takes. */
	static byte[] rgb(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return new byte[] { (byte) (value >> 16), (byte) (value >> 8), (byte) value };
	}
}
