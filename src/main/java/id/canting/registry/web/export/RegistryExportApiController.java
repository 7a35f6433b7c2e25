package id.canting.registry.web.export;

import java.io.IOException;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.registry.IkmFilter;
import id.canting.registry.internal.RegistryExports;
import id.canting.registry.SentraFilter;
import id.canting.registry.web.ikm.IkmFilterParams;
import id.canting.registry.web.sentra.SentraFilterParams;
import id.canting.shared.Actor;
import id.canting.shared.web.FileDownload;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The IKM and sentra lists as CSV or XLSX files for other systems, with the lists' filters:
 * {@code /api/v1/ikm/export} and {@code /api/v1/sentra/export}. Headers are in Bahasa Indonesia
 * unless {@code lang=en}.
 */
@RestController
@Tag(name = "Registry exports", description = "The IKM and sentra lists as CSV or XLSX files")
class RegistryExportApiController {

	private final RegistryExports exports;
	private final Downloads downloads;

	RegistryExportApiController(RegistryExports exports, Downloads downloads) {
		this.exports = exports;
		this.downloads = downloads;
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping("/api/v1/ikm/export")
	void ikm(@ParameterObject @ModelAttribute IkmFilterParams params, @RequestParam(required = false) String format,
			@RequestParam(required = false) String lang, Actor actor, HttpServletResponse response) throws IOException {
		ExportRequest request = ExportRequest.of(format, lang, "id");
		IkmFilter filter = params.asGiven();
		downloads.send(response, request, SheetLayout.ikm(request.language()), rows -> exports.ikm(actor, filter, rows));
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping("/api/v1/sentra/export")
	void sentra(@ParameterObject @ModelAttribute SentraFilterParams params,
			@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			HttpServletResponse response) throws IOException {
		ExportRequest request = ExportRequest.of(format, lang, "id");
		SentraFilter filter = params.asGiven();
		downloads.send(response, request, SheetLayout.sentra(request.language()), rows -> exports.sentra(filter, rows));
	}
}
