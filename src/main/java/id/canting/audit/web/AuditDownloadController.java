package id.canting.audit.web;

import java.io.IOException;
import java.time.LocalDate;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.audit.AuditQuery;
import id.canting.audit.AuditTrail;
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
 * The audit log as CSV or XLSX ({@code ?format=csv|xlsx&lang=id|en}) with the search's filters: the
 * page's download link ({@code /audit/export}) and the API's ({@code /api/v1/audit/export}). Both read
 * through {@link AuditTrail}, so a file holds exactly the entries the reader may see on the page.
 */
@RestController
@Tag(name = "Audit trail")
class AuditDownloadController {

	private final AuditTrail trail;
	private final AuditTable table;
	private final TableDownloads downloads;

	AuditDownloadController(AuditTrail trail, AuditTable table, TableDownloads downloads) {
		this.trail = trail;
		this.table = table;
		this.downloads = downloads;
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping({ "/audit/export", "/api/v1/audit/export" })
	void export(Actor actor, @RequestParam(required = false) String entity, @RequestParam(required = false) String id,
			@RequestParam(required = false) String user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@ParameterObject @ModelAttribute DownloadParams download,
			HttpServletResponse response) throws IOException {
		TableRequest request = download.request();
		AuditQuery query = new AuditQuery(entity, id, user, from, to);
		PageRequest newestFirst = AuditPaging.of(0, PageRequest.MAX_SIZE, null);
		downloads.send(response, request, table.definition,
				AllPages.of(newestFirst, page -> trail.search(actor, query, page)));
	}
}
