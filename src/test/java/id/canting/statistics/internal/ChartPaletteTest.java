package id.canting.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * One palette in every chart: the fact sheet's PDF and workbook, drawn without a browser, use the
 * colours the stylesheet gives the dashboards' ECharts theme.
 */
class ChartPaletteTest {

	@Test
	void theFactSheetsColoursAreTheStylesheetsChartColours() throws IOException {
		String css;
		try (InputStream in = getClass().getResourceAsStream("/static/css/canting.css")) {
			css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(ChartPalette.THIS_PERIOD).isEqualToIgnoringCase(variable(css, "--chart-1"));
		assertThat(ChartPalette.PREVIOUS_YEAR).isEqualToIgnoringCase(variable(css, "--chart-2"));
	}

	@Test
	void aColourIsItsThreeBytes() {
		assertThat(ChartPalette.rgb("#7a3b12")).containsExactly(0x7a, 0x3b, 0x12);
		assertThat(ChartPalette.rgb("#c9a227")).containsExactly((byte) 0xc9, (byte) 0xa2, 0x27);
	}

	private static String variable(String css, String name) {
		Matcher m = Pattern.compile(Pattern.quote(name) + ":\\s*(#[0-9a-fA-F]{6})").matcher(css);
		assertThat(m.find()).as(name + " in canting.css").isTrue();
		return m.group(1);
	}
}
