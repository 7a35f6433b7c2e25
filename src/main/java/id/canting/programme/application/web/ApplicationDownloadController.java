package id.canting.programme.application.web;

import java.io.IOException;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.programme.application.internal.ApplicationFilter;
import id.canting.programme.application.internal.ApplicationQueries;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.table.AllPages;
import id.canting.shared.table.TableDownloads;
import id.canting.shared.table.DownloadParams;
import id.canting.shared.table.TableRequest;
import id.canting.shared.web.FileDownload;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The applications as CSV or XLSX ({@code ?format=csv|xlsx&lang=id|en}): the queue page's download
 * with the queue's filters read exactly as the page reads them (each role's default work, an
 * officer's own province), and the API's with the list's filters. Rows come through the same query
 * as the lists, so the reader's scope is the lists'.
 */
@RestController
@Tag(name = "Programme applications")
class ApplicationDownloadController {

	private final ApplicationQueries queries;
	private final ApplicationTable table;
	private final TableDownloads downloads;

	ApplicationDownloadController(ApplicationQueries queries, ApplicationTable table, TableDownloads downloads) {
		this.queries = queries;
		this.table = table;
		this.downloads = downloads;
	}

	@GetMapping("/applications/export")
	void queue(@RequestParam(required = false) String programme, @RequestParam(required = false) String status,
			@RequestParam(required = false) String province, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String type, @ParameterObject @ModelAttribute DownloadParams download, Actor actor, HttpServletResponse response)
			throws IOException {
		TableRequest request = download.request();
		ApplicationFilter filter = ApplicationQueueFilter.of(programme, status, province, year, type, actor);
		send(response, request, filter, PageRequest.of(0, 20, null, ApplicationQueries.SORTS.keySet(), "updated"), actor);
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping("/api/v1/applications/export")
	void list(@RequestParam(required = false) String programme, @RequestParam(required = false) String status,
			@RequestParam(required = false) String province, @RequestParam(required = false) Long ikm,
			@RequestParam(required = false) Long sentra, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String type, @RequestParam(required = false) String sort,
			@ParameterObject @ModelAttribute DownloadParams download, Actor actor,
			HttpServletResponse response) throws IOException {
		TableRequest request = download.request();
		ApplicationFilter filter = ApplicationFilter.of(programme, status, province, ikm, sentra, year, type);
		send(response, request, filter, PageRequest.of(0, 20, sort, ApplicationQueries.SORTS.keySet(), "updated"),
				actor);
	}

	private void send(HttpServletResponse response, TableRequest request, ApplicationFilter filter, PageRequest sorted,
			Actor actor) throws IOException {
		downloads.send(response, request, table.definition,
				AllPages.of(sorted, page -> queries.applications(actor, filter, page)));
	}
}
