package id.canting.statistics.web;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.shared.Actor;
import id.canting.shared.table.TableDefinition;
import id.canting.shared.table.TableDownloads;
import id.canting.shared.table.DownloadParams;
import id.canting.shared.table.TableRequest;
import id.canting.shared.web.FileDownload;
import id.canting.statistics.ExportBreakdown.KeyLine;
import id.canting.statistics.ExportBreakdown.MonthLine;
import id.canting.statistics.ExportStatistics;
import id.canting.statistics.Period;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The three tables of the exports dashboard (by month, by destination, by HS code) as CSV or XLSX
 * ({@code ?format=csv|xlsx&lang=id|en}) for the dashboard's period and basket: from the page
 * ({@code /statistics/exports/by-month/export}, …) and the API ({@code /api/v1/trade/exports/by-month/export},
 * …), beside the JSON breakdowns. Values in USD and kilograms stay numbers; months are named in the
 * file's language.
 */
@RestController
@Tag(name = "Export statistics")
class ExportTablesDownloadController {

	static final TableDefinition<MonthLine> MONTHS = TableDefinition.<MonthLine>of("exports-by-month", "exports.by-month")
		.localisedText("exports.col.month",
				(m, locale) -> YearMonth.parse(m.month()).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale)))
		.number("exports.col.value", MonthLine::valueUsd)
		.number("exports.col.weight", MonthLine::netWeightKg)
		.number("table.col.records", MonthLine::records)
		.number("exports.col.previous", MonthLine::previousYearValueUsd)
		.number("table.col.changePercent", MonthLine::changePercent);

	private final ExportStatistics statistics;
	private final Clock clock;
	private final TableDownloads downloads;

	ExportTablesDownloadController(ExportStatistics statistics, Clock clock, TableDownloads downloads) {
		this.statistics = statistics;
		this.clock = clock;
		this.downloads = downloads;
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping({ "/statistics/exports/by-month/export", "/api/v1/trade/exports/by-month/export" })
	void byMonth(@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String basket,
			@ParameterObject @ModelAttribute DownloadParams download, Actor actor,
			HttpServletResponse response) throws IOException {
		TableRequest request = download.request();
		downloads.send(response, request, MONTHS,
				statistics.byMonth(actor, period(period, from, to), basket(actor, basket)).rows());
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping({ "/statistics/exports/by-destination/export", "/api/v1/trade/exports/by-destination/export" })
	void byDestination(@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String basket,
			@RequestParam(defaultValue = "10") int top, @ParameterObject @ModelAttribute DownloadParams download, Actor actor, HttpServletResponse response) throws IOException {
		TableRequest request = download.request();
		downloads.send(response, request, keyed("exports-by-destination", "exports.by-destination", "exports.col.destination"),
				statistics.byDestination(actor, period(period, from, to), basket(actor, basket), top, request.locale())
					.rows());
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping({ "/statistics/exports/by-hs/export", "/api/v1/trade/exports/by-hs/export" })
	void byHs(@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String basket,
			@ParameterObject @ModelAttribute DownloadParams download, Actor actor,
			HttpServletResponse response) throws IOException {
		TableRequest request = download.request();
		downloads.send(response, request, keyed("exports-by-hs", "exports.by-hs", "exports.col.hs"),
				statistics.byHsCode(actor, period(period, from, to), basket(actor, basket)).rows());
	}

	private static TableDefinition<KeyLine> keyed(String filePrefix, String sheetKey, String keyHeader) {
		return TableDefinition.<KeyLine>of(filePrefix, sheetKey)
			.text("table.col.code", KeyLine::key)
			.text(keyHeader, KeyLine::name)
			.number("exports.col.value", KeyLine::valueUsd)
			.number("exports.col.weight", KeyLine::netWeightKg)
			.number("table.col.records", KeyLine::records)
			.number("exports.col.previous", KeyLine::previousYearValueUsd)
			.number("table.col.changePercent", KeyLine::changePercent);
	}

	/** As the dashboard reads it: a preset chosen wins over custom months; neither is the default period. */
	private Period period(String period, String from, String to) {
		Period asked = period != null && !period.isBlank() ? Period.parse(period, clock) : Period.of(null, from, to, clock);
		return asked == null ? statistics.defaultPeriod() : asked;
	}

	private String basket(Actor actor, String code) {
		return statistics.basket(actor, code).code();
	}
}
