package id.canting.registry.web.report;

import java.io.IOException;
import java.util.Set;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.registry.internal.SemesterReportQueries;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.table.AllPages;
import id.canting.shared.table.TableDefinition;
import id.canting.shared.table.TableDownloads;
import id.canting.shared.table.DownloadParams;
import id.canting.shared.table.TableRequest;
import id.canting.shared.web.FileDownload;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The review queue of semester reports as CSV or XLSX ({@code ?format=csv|xlsx&lang=id|en}), from the
 * page ({@code /reports/review/export}) and the API ({@code /api/v1/reports/review/export}): the
 * queue's rows oldest first, an officer's own province as on the page.
 */
@RestController
@Tag(name = "Semester reports")
class ReportReviewDownloadController {

	static final TableDefinition<ReportQueueItem> TABLE = TableDefinition
		.<ReportQueueItem>of("semester-reports", "report.review.title")
		.number("table.col.ikmId", ReportQueueItem::ikmId)
		.text("field.name", ReportQueueItem::ikmName)
		.text("field.regency", ReportQueueItem::regencyName)
		.text("field.province", ReportQueueItem::provinceName)
		.text("field.sentra", ReportQueueItem::sentraName)
		.text("report.field.semester", ReportQueueItem::semester)
		.number("report.col.workers", ReportQueueItem::workers)
		.label("report.col.status", "report.status.", ReportQueueItem::status)
		.dateTime("report.col.submitted", ReportQueueItem::submittedAt);

	private final SemesterReportQueries queries;
	private final ReportViews views;
	private final TableDownloads downloads;

	ReportReviewDownloadController(SemesterReportQueries queries, ReportViews views, TableDownloads downloads) {
		this.queries = queries;
		this.views = views;
		this.downloads = downloads;
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping({ "/reports/review/export", "/api/v1/reports/review/export" })
	void review(@RequestParam(required = false) String province, @ParameterObject @ModelAttribute DownloadParams download, Actor actor, HttpServletResponse response) throws IOException {
		TableRequest request = download.request();
		PageRequest oldestFirst = PageRequest.of(0, 20, null, Set.of("submittedAt"), "submittedAt");
		downloads.send(response, request, TABLE,
				AllPages.of(oldestFirst, page -> queries.reviewQueue(actor, province, page).map(views::queueItem)));
	}
}
