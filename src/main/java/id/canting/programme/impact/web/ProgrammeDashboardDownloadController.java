package id.canting.programme.impact.web;

import java.io.IOException;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.programme.impact.internal.ProgrammeDashboard.CountLine;
import id.canting.programme.impact.internal.ProgrammeDashboard.ProgrammeLine;
import id.canting.programme.impact.internal.ProgrammeDashboards;
import id.canting.shared.Actor;
import id.canting.shared.table.TableDefinition;
import id.canting.shared.table.TableDownloads;
import id.canting.shared.table.DownloadParams;
import id.canting.shared.table.TableRequest;
import id.canting.shared.web.FileDownload;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The programme dashboard's tables of a year as CSV or XLSX ({@code ?year=&format=csv|xlsx&lang=id|en}):
 * programmes with budget, committed and realised rupiah, and beneficiaries by province and by type;
 * from the page ({@code /programmes/dashboard/programmes/export}, …) and the API
 * ({@code /api/v1/programmes/dashboard/programmes/export}, …), within what the reader's dashboard shows.
 */
@RestController
@Tag(name = "Programme figures")
class ProgrammeDashboardDownloadController {

	static final TableDefinition<ProgrammeLine> PROGRAMMES = TableDefinition
		.<ProgrammeLine>of("programme-money", "programme.dashboard.money")
		.text("table.col.code", ProgrammeLine::code)
		.text("programme.dashboard.col.programme", ProgrammeLine::name)
		.label("programme.field.type", "programme.type.", ProgrammeLine::type)
		.number("table.col.budgetIdr", p -> p.money().budgetIdr())
		.number("table.col.committedIdr", p -> p.money().committedIdr())
		.number("table.col.realisedIdr", p -> p.money().realisedIdr())
		.number("programme.dashboard.col.committed-percent", p -> p.money().committedPercent())
		.number("table.col.absorptionPercent", p -> p.money().absorptionPercent())
		.number("programme.dashboard.col.beneficiaries", ProgrammeLine::beneficiaries)
		.number("table.col.quota", ProgrammeLine::quota);

	static final TableDefinition<CountLine> BY_PROVINCE = TableDefinition
		.<CountLine>of("programme-beneficiaries-by-province", "programme.dashboard.by-province")
		.text("table.col.code", CountLine::key)
		.text("field.province", CountLine::name)
		.number("programme.dashboard.col.beneficiaries", CountLine::beneficiaries);

	static final TableDefinition<CountLine> BY_TYPE = TableDefinition
		.<CountLine>of("programme-beneficiaries-by-type", "programme.dashboard.by-type")
		.label("programme.field.type", "programme.type.", CountLine::key)
		.number("programme.dashboard.col.beneficiaries", CountLine::beneficiaries);

	private final ProgrammeDashboards dashboards;
	private final TableDownloads downloads;

	ProgrammeDashboardDownloadController(ProgrammeDashboards dashboards, TableDownloads downloads) {
		this.dashboards = dashboards;
		this.downloads = downloads;
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping({ "/programmes/dashboard/programmes/export", "/api/v1/programmes/dashboard/programmes/export" })
	void programmes(@RequestParam(required = false) Integer year, @ParameterObject @ModelAttribute DownloadParams download, Actor actor, HttpServletResponse response) throws IOException {
		TableRequest request = download.request();
		downloads.send(response, request, PROGRAMMES, dashboards.dashboard(actor, year).programmes());
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping({ "/programmes/dashboard/by-province/export", "/api/v1/programmes/dashboard/by-province/export" })
	void byProvince(@RequestParam(required = false) Integer year, @ParameterObject @ModelAttribute DownloadParams download, Actor actor, HttpServletResponse response) throws IOException {
		TableRequest request = download.request();
		downloads.send(response, request, BY_PROVINCE, dashboards.dashboard(actor, year).byProvince());
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping({ "/programmes/dashboard/by-type/export", "/api/v1/programmes/dashboard/by-type/export" })
	void byType(@RequestParam(required = false) Integer year, @ParameterObject @ModelAttribute DownloadParams download, Actor actor, HttpServletResponse response) throws IOException {
		TableRequest request = download.request();
		downloads.send(response, request, BY_TYPE, dashboards.dashboard(actor, year).byType());
	}
}
