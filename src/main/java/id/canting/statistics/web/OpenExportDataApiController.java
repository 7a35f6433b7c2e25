package id.canting.statistics.web;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.statistics.OpenExportData;
import id.canting.statistics.OpenExportData.KeyRow;
import id.canting.statistics.OpenExportData.MonthRow;
import id.canting.statistics.OpenExportData.Table;
import id.canting.statistics.Period;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Open data on batik exports: public, read-only tables of a basket's exports for a period (the
 * default basket; January to the latest month with records unless {@code period=} or
 * {@code from=}/{@code to=} say otherwise), as JSON or as CSV ({@code .csv} or {@code format=csv}).
 */
@RestController
@RequestMapping("/api/v1/open-data/exports")
@Tag(name = "Open data", description = "Aggregated batik industry statistics; no login, no personal data")
class OpenExportDataApiController {

	private static final String MONTH_JSON = """
			{"dataset": "exports-by-month", "basket": "BATIK", "from": "2024-01", "to": "2024-07",
			 "definition": "Batik fabric: BTKI subheadings ...", "source": "BPS", "asOf": "2024-10-02T03:00:00Z",
			 "rows": [{"month": "2024-07", "valueUsd": 1540000.00, "netWeightKg": 61000.00,
			           "previousYearValueUsd": 1480000.00, "changePercent": 4.1}]}""";
	private static final String MONTH_CSV = """
			month,value_usd,net_weight_kg,previous_year_value_usd,change_percent
			2024-07,1540000.00,61000.00,1480000.00,4.1""";
	private static final String KEY_JSON = """
			{"dataset": "exports-by-destination", "basket": "BATIK", "from": "2024-01", "to": "2024-07",
			 "definition": "...", "source": "BPS", "asOf": "2024-10-02T03:00:00Z",
			 "rows": [{"code": "US", "name": "United States", "valueUsd": 2122604.00, "netWeightKg": 84000.00,
			           "previousYearValueUsd": 2126000.00, "changePercent": -0.2}]}""";
	private static final String KEY_CSV = """
			code,name,value_usd,net_weight_kg,previous_year_value_usd,change_percent
			US,United States,2122604.00,84000.00,2126000.00,-0.2""";
	private static final List<String> KEY_HEADER = List.of("code", "name", "value_usd", "net_weight_kg",
			"previous_year_value_usd", "change_percent");

	private final OpenExportData data;
	private final Clock clock;

	OpenExportDataApiController(OpenExportData data, Clock clock) {
		this.data = data;
		this.clock = clock;
	}

	@Operation(summary = "Batik exports per month of a period, beside the same month a year earlier")
	@ApiResponse(responseCode = "200", description = "JSON table, or CSV with format=csv or the .csv path", content = {
			@Content(mediaType = "application/json", examples = @ExampleObject(name = "json", value = MONTH_JSON)),
			@Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = MONTH_CSV)) })
	@ApiResponse(responseCode = "400", description = "a bad period, basket or format (Problem Details naming it)")
	@GetMapping({ "/by-month", "/by-month.csv" })
	ResponseEntity<?> byMonth(@Parameter(description = "2024-07, 2024-Q3, 2024-S1, 2024, 2024-YTD, ytd or 2024-01..2024-07")
			@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String basket,
			@Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
			HttpServletRequest request) {
		Table<MonthRow> table = data.byMonth(Period.of(period, from, to, clock), basket);
		return OpenDataCsv.answer(table.dataset(), table, table.rows(), format, request,
				List.of("month", "value_usd", "net_weight_kg", "previous_year_value_usd", "change_percent"),
				(MonthRow r) -> List.of(r.month(), r.valueUsd(), r.netWeightKg(), blank(r.previousYearValueUsd()),
						blank(r.changePercent())));
	}

	@Operation(summary = "Batik exports per destination country of a period, beside the same months a year earlier")
	@ApiResponse(responseCode = "200", description = "JSON table, or CSV with format=csv or the .csv path", content = {
			@Content(mediaType = "application/json", examples = @ExampleObject(name = "json", value = KEY_JSON)),
			@Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = KEY_CSV)) })
	@ApiResponse(responseCode = "400", description = "a bad period, basket or format (Problem Details naming it)")
	@GetMapping({ "/by-destination", "/by-destination.csv" })
	ResponseEntity<?> byDestination(@RequestParam(required = false) String period,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String basket, @RequestParam(required = false) String format,
			HttpServletRequest request) {
		return keys(data.byDestination(Period.of(period, from, to, clock), basket), format, request);
	}

	@Operation(summary = "Batik exports per HS code of a period, beside the same months a year earlier")
	@ApiResponse(responseCode = "200", description = "JSON table, or CSV with format=csv or the .csv path", content = {
			@Content(mediaType = "application/json", examples = @ExampleObject(name = "json", value = KEY_JSON)),
			@Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = KEY_CSV)) })
	@ApiResponse(responseCode = "400", description = "a bad period, basket or format (Problem Details naming it)")
	@GetMapping({ "/by-hs", "/by-hs.csv" })
	ResponseEntity<?> byHsCode(@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String basket,
			@RequestParam(required = false) String format, HttpServletRequest request) {
		return keys(data.byHsCode(Period.of(period, from, to, clock), basket), format, request);
	}

	private static ResponseEntity<?> keys(Table<KeyRow> table, String format, HttpServletRequest request) {
		return OpenDataCsv.answer(table.dataset(), table, table.rows(), format, request, KEY_HEADER,
				(KeyRow r) -> List.of(r.code(), r.name(), r.valueUsd(), r.netWeightKg(), blank(r.previousYearValueUsd()),
						blank(r.changePercent())));
	}

	private static Object blank(Object value) {
		return value == null ? "" : value;
	}
}
