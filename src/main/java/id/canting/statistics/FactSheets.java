package id.canting.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.statistics.internal.FactSheetPdf;
import id.canting.statistics.internal.FactSheetWorkbook;

/**
 * Composes a {@link FactSheet} from the live figures and renders it as a one-page PDF or an XLSX
 * workbook. The headline sentences are the article's, with the numbers filled in from the records:
 * for the demo data they read as the article does (FactSheetTest holds the exact sentences).
 */
@Service
public class FactSheets {

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private final IndustryStatistics industry;
	private final ExportStatistics exports;
	private final Regions regions;
	private final MessageSource messages;
	private final FactSheetPdf pdf;
	private final FactSheetWorkbook workbook;
	private final Clock clock;

	FactSheets(IndustryStatistics industry, ExportStatistics exports, Regions regions, MessageSource messages,
			FactSheetPdf pdf, FactSheetWorkbook workbook, Clock clock) {
		this.industry = industry;
		this.exports = exports;
		this.regions = regions;
		this.messages = messages;
		this.pdf = pdf;
		this.workbook = workbook;
		this.clock = clock;
	}

	/**
	 * The fact sheet of {@code period} (January to the latest month with records when null) for the
	 * nation, or for one province when {@code provinceCode} is given.
	 *
	 * @throws InvalidInputException ({@code province}) when the province code is unknown
	 */
	@Transactional(readOnly = true)
	public FactSheet compose(Actor actor, Period period, String provinceCode, Locale locale) {
		Period chosen = period == null ? exports.defaultPeriod() : period;
		boolean national = provinceCode == null || provinceCode.isBlank();
		Province province = national ? null
				: regions.province(provinceCode.strip()).orElseThrow(() -> new InvalidInputException(
						List.of(FieldViolation.of("province", "validation.province.unknown", provinceCode))));
		IndustrySummary summary = industry.summary();
		List<IndustrySummary.ProvinceFigure> provinces = summary.byProvince().stream()
			.filter(p -> national || p.code().equals(province.code()))
			.map(p -> new IndustrySummary.ProvinceFigure(p.code(), Province.displayName(p.name()), p.ikm(), p.workers(),
					p.sentra()))
			.toList();
		String definition = message("factsheet.industry.definition", locale);
		FactSheet.Industry figures = national
				? new FactSheet.Industry(summary.workers(), summary.ikm(), summary.sentra(), summary.provinces(),
						definition)
				: provinces.stream().findFirst()
					.map(p -> new FactSheet.Industry(p.workers(), p.ikm(), p.sentra(), 1, definition))
					.orElse(new FactSheet.Industry(0, 0, 0, 0, definition));
		ExportSummary exportSummary = exports.summary(actor, chosen, null, locale);
		String periodLabel = chosen.label(locale);
		NumberFormat whole = NumberFormat.getIntegerInstance(locale);
		String industryHeadline = national
				? message("factsheet.headline.industry", locale, whole.format(figures.workers()),
						whole.format(figures.sentra()), whole.format(figures.ikm()), whole.format(figures.provinces()))
				: message("factsheet.headline.industry.province", locale, whole.format(figures.workers()),
						whole.format(figures.sentra()), whole.format(figures.ikm()), province.displayName());
		String exportHeadline = message("factsheet.headline.exports", locale, periodLabel,
				usd(exportSummary.valueUsd(), locale));
		return new FactSheet(chosen, periodLabel, national ? null : province.code(),
				national ? "Indonesia" : province.displayName(), industryHeadline, exportHeadline, figures, exportSummary,
				provinces, exports.byMonth(actor, chosen, null).rows(),
				exports.byDestination(actor, chosen, null, 10, locale).rows(), clock.instant());
	}

	public byte[] pdf(FactSheet sheet, Locale locale) {
		return pdf.render(sheet, locale);
	}

	public byte[] xlsx(FactSheet sheet, Locale locale) {
		return workbook.render(sheet, locale);
	}

	/** '9,45 juta' / '9.45 million' from a million up, else the whole amount ('950.000'). */
	private String usd(BigDecimal value, Locale locale) {
		if (value.compareTo(MILLION) >= 0) {
			NumberFormat twoDecimals = NumberFormat.getNumberInstance(locale);
			twoDecimals.setMinimumFractionDigits(2);
			twoDecimals.setMaximumFractionDigits(2);
			return message("factsheet.million", locale,
					twoDecimals.format(value.divide(MILLION, 2, RoundingMode.HALF_UP)));
		}
		return NumberFormat.getIntegerInstance(locale).format(value.setScale(0, RoundingMode.HALF_UP));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
