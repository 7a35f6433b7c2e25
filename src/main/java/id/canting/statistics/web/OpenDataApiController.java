package id.canting.statistics.web;

import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.statistics.OpenIndustryData;
import id.canting.statistics.OpenIndustryData.ProvinceRow;
import id.canting.statistics.OpenIndustryData.ShareRow;
import id.canting.statistics.OpenIndustryData.Table;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Open data: public, read-only tables of aggregated registry statistics as JSON, or as CSV with
 * {@code ?format=csv} or the {@code .csv} path. Aggregates only, so nothing personal is published.
 */
@RestController
@RequestMapping("/api/v1/open-data/industry")
@Tag(name = "Open data", description = "Aggregated batik industry statistics; no login, no personal data")
class OpenDataApiController {

	private static final String PROVINCE_JSON = """
			{"dataset": "industry-by-province", "definition": "Active IKM and sentra in the Canting registry; ...",
			 "source": "Canting registry (Kemenperin, Ditjen IKMA), counted live from the records", "asOf": "2024-10-02T03:00:00Z",
			 "rows": [{"provinceCode": "33", "provinceName": "Jawa Tengah", "ikm": 2130, "workers": 71640, "sentra": 72,
			           "ikmTulis": 1200, "ikmCap": 900, "ikmKombinasi": 400}]}""";
	private static final String PROVINCE_CSV = """
			province_code,province_name,ikm,workers,sentra,ikm_tulis,ikm_cap,ikm_kombinasi
			33,Jawa Tengah,2130,71640,72,1200,900,400""";
	private static final String SHARE_JSON = """
			{"dataset": "industry-by-technique", "definition": "...", "source": "Canting registry ...", "asOf": "2024-10-02T03:00:00Z",
			 "rows": [{"key": "TULIS", "ikm": 3100, "workers": 98000}, {"key": "CAP", "ikm": 2500, "workers": 90000}]}""";
	private static final String SHARE_CSV = """
			key,ikm,workers
			TULIS,3100,98000""";

	private final OpenIndustryData data;

	OpenDataApiController(OpenIndustryData data) {
		this.data = data;
	}

	@Operation(summary = "Active IKM, workers and sentra per province, with IKM per technique")
	@ApiResponse(responseCode = "200", description = "JSON table, or CSV with format=csv or the .csv path", content = {
			@Content(mediaType = "application/json", examples = @ExampleObject(name = "json", value = PROVINCE_JSON)),
			@Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = PROVINCE_CSV)) })
	@ApiResponse(responseCode = "400", description = "format is neither json nor csv (Problem Details)")
	@GetMapping({ "/by-province", "/by-province.csv" })
	ResponseEntity<?> byProvince(@Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
			HttpServletRequest request) {
		return answer(data.byProvince(), format, request, List.of("province_code", "province_name", "ikm", "workers",
				"sentra", "ikm_tulis", "ikm_cap", "ikm_kombinasi"), (ProvinceRow r) -> List.of(r.provinceCode(),
						r.provinceName(), r.ikm(), r.workers(), r.sentra(), r.ikmTulis(), r.ikmCap(), r.ikmKombinasi()));
	}

	@Operation(summary = "Active IKM and workers per batik technique (an IKM may count under several)")
	@ApiResponse(responseCode = "200", description = "JSON table, or CSV with format=csv or the .csv path", content = {
			@Content(mediaType = "application/json", examples = @ExampleObject(name = "json", value = SHARE_JSON)),
			@Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = SHARE_CSV)) })
	@ApiResponse(responseCode = "400", description = "format is neither json nor csv (Problem Details)")
	@GetMapping({ "/by-technique", "/by-technique.csv" })
	ResponseEntity<?> byTechnique(@Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
			HttpServletRequest request) {
		return shares(data.byTechnique(), format, request);
	}

	@Operation(summary = "Active IKM and workers per product category (an IKM may count under several)")
	@ApiResponse(responseCode = "200", description = "JSON table, or CSV with format=csv or the .csv path", content = {
			@Content(mediaType = "application/json", examples = @ExampleObject(name = "json", value = SHARE_JSON)),
			@Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = SHARE_CSV)) })
	@ApiResponse(responseCode = "400", description = "format is neither json nor csv (Problem Details)")
	@GetMapping({ "/by-category", "/by-category.csv" })
	ResponseEntity<?> byCategory(@Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
			HttpServletRequest request) {
		return shares(data.byCategory(), format, request);
	}

	private ResponseEntity<?> shares(Table<ShareRow> table, String format, HttpServletRequest request) {
		return answer(table, format, request, List.of("key", "ikm", "workers"),
				(ShareRow r) -> List.of(r.key(), r.ikm(), r.workers()));
	}

	private static <R> ResponseEntity<?> answer(Table<R> table, String format, HttpServletRequest request,
			List<String> header, Function<R, List<Object>> row) {
		return OpenDataCsv.answer(table.dataset(), table, table.rows(), format, request, header, row);
	}
}
