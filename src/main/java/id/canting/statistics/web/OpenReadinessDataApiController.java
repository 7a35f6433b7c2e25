package id.canting.statistics.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.statistics.OpenReadinessData;
import id.canting.statistics.OpenReadinessData.ReadinessLevelRow;
import id.canting.statistics.OpenReadinessData.ReadinessProvinceRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Open data of Industry 4.0 readiness: public, read-only tables of aggregated verified assessments
 * as JSON, or as CSV with {@code ?format=csv} or the {@code .csv} path.
 */
@RestController
@RequestMapping("/api/v1/open-data/readiness")
@Tag(name = "Open data", description = "Aggregated batik industry statistics; no login, no personal data")
class OpenReadinessDataApiController {

	private static final String PROVINCE_JSON = """
			{"dataset": "readiness-by-province", "definition": "Industry 4.0 readiness of batik IKM ...",
			 "source": "Canting readiness assessments ...", "asOf": "2024-10-02T03:00:00Z",
			 "rows": [{"year": 2024, "provinceCode": "33", "provinceName": "Jawa Tengah", "assessed": 120,
			           "averageIndex": 2.14, "level0": 8, "level1": 30, "level2": 60, "level3": 20, "level4": 2,
			           "managementAndOrganisation": 2.2, "peopleAndCulture": 2.0, "productsAndServices": 2.5,
			           "technology": 1.8, "factoryOperations": 2.1}]}""";
	private static final String PROVINCE_CSV = """
			year,province_code,province_name,assessed,average_index,level_0,level_1,level_2,level_3,level_4,management_and_organisation,people_and_culture,products_and_services,technology,factory_operations
			2024,33,Jawa Tengah,120,2.14,8,30,60,20,2,2.20,2.00,2.50,1.80,2.10""";
	private static final String LEVEL_JSON = """
			{"dataset": "readiness-by-level", "definition": "...", "source": "...", "asOf": "2024-10-02T03:00:00Z",
			 "rows": [{"year": 2024, "level": 2, "levelName": "MODERATE", "ikm": 60}]}""";
	private static final String LEVEL_CSV = """
			year,level,level_name,ikm
			2024,2,MODERATE,60""";

	private final OpenReadinessData data;

	OpenReadinessDataApiController(OpenReadinessData data) {
		this.data = data;
	}

	@Operation(summary = "Industry 4.0 readiness per year and province: IKM assessed, average index, IKM per level, pillar averages")
	@ApiResponse(responseCode = "200", description = "JSON table, or CSV with format=csv or the .csv path", content = {
			@Content(mediaType = "application/json", examples = @ExampleObject(name = "json", value = PROVINCE_JSON)),
			@Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = PROVINCE_CSV)) })
	@ApiResponse(responseCode = "400", description = "format is neither json nor csv (Problem Details)")
	@GetMapping({ "/by-province", "/by-province.csv" })
	ResponseEntity<?> byProvince(@Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
			HttpServletRequest request) {
		var table = data.byProvince();
		return OpenDataCsv.answer(table.dataset(), table, table.rows(), format, request,
				List.of("year", "province_code", "province_name", "assessed", "average_index", "level_0", "level_1",
						"level_2", "level_3", "level_4", "management_and_organisation", "people_and_culture",
						"products_and_services", "technology", "factory_operations"),
				(ReadinessProvinceRow r) -> java.util.Arrays.asList(r.year(), r.provinceCode(), r.provinceName(), r.assessed(),
						r.averageIndex(), r.level0(), r.level1(), r.level2(), r.level3(), r.level4(),
						r.managementAndOrganisation(), r.peopleAndCulture(), r.productsAndServices(), r.technology(),
						r.factoryOperations()));
	}

	@Operation(summary = "Industry 4.0 readiness per year: the IKM of the country at each level 0-4")
	@ApiResponse(responseCode = "200", description = "JSON table, or CSV with format=csv or the .csv path", content = {
			@Content(mediaType = "application/json", examples = @ExampleObject(name = "json", value = LEVEL_JSON)),
			@Content(mediaType = "text/csv", examples = @ExampleObject(name = "csv", value = LEVEL_CSV)) })
	@ApiResponse(responseCode = "400", description = "format is neither json nor csv (Problem Details)")
	@GetMapping({ "/by-level", "/by-level.csv" })
	ResponseEntity<?> byLevel(@Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
			HttpServletRequest request) {
		var table = data.byLevel();
		return OpenDataCsv.answer(table.dataset(), table, table.rows(), format, request,
				List.of("year", "level", "level_name", "ikm"),
				(ReadinessLevelRow r) -> List.of(r.year(), r.level(), r.levelName(), r.ikm()));
	}
}
