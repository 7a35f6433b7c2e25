package id.canting.registry.web.export;

import java.io.IOException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.registry.IkmFilter;
import id.canting.registry.internal.RegistryExports;
import id.canting.registry.SentraFilter;
import id.canting.registry.web.ikm.IkmFilterParams;
import id.canting.registry.web.sentra.SentraFilterParams;
import id.canting.shared.Actor;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The download buttons of the IKM and sentra list pages: the same files as the API, for a signed-in
 * session rather than a bearer token, with the page's filters and the headers in the page's
 * language. The literal paths win over {@code /ikm/{id}} and {@code /sentra/{id}}.
 */
@Controller
class RegistryExportController {

	private final RegistryExports exports;
	private final Downloads downloads;

	RegistryExportController(RegistryExports exports, Downloads downloads) {
		this.exports = exports;
		this.downloads = downloads;
	}

	@GetMapping("/ikm/export")
	void ikm(@ModelAttribute IkmFilterParams params, @RequestParam(required = false) String format,
			@RequestParam(required = false) String lang, Actor actor, HttpServletResponse response) throws IOException {
		ExportRequest request = ExportRequest.of(format, lang, pageLanguage());
		// the list page's filter, read as the list page reads it
		IkmFilter filter = params.filter();
		downloads.send(response, request, SheetLayout.ikm(request.language()), rows -> exports.ikm(actor, filter, rows));
	}

	@GetMapping("/sentra/export")
	void sentra(@ModelAttribute SentraFilterParams params, @RequestParam(required = false) String format,
			@RequestParam(required = false) String lang, HttpServletResponse response) throws IOException {
		ExportRequest request = ExportRequest.of(format, lang, pageLanguage());
		SentraFilter filter = params.filter();
		downloads.send(response, request, SheetLayout.sentra(request.language()), rows -> exports.sentra(filter, rows));
	}

	private static String pageLanguage() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "id";
	}
}
