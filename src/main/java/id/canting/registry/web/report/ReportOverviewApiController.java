package id.canting.registry.web.report;

import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.registry.reports.Semester;
import id.canting.registry.internal.SemesterReportQueries;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Semester reports across IKM, for provincial offices (their province) and admins (all, or one
 * province): the review queue and the compliance overview.
 */
@RestController
@Tag(name = "Semester reports", description = "An IKM's semester reports: filed, corrected, reviewed")
@RequestMapping("/api/v1/reports")
class ReportOverviewApiController {

	private final SemesterReportQueries queries;
	private final ReportViews views;

	ReportOverviewApiController(SemesterReportQueries queries, ReportViews views) {
		this.queries = queries;
		this.views = views;
	}

	/** Submitted reports waiting for a decision, oldest first. */
	@GetMapping("/review")
	PageResponse<ReportQueueItem> review(@RequestParam(required = false) String province,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Actor actor) {
		PageRequest request = PageRequest.of(page, size, null, Set.of("submittedAt"), "submittedAt");
		return queries.reviewQueue(actor, province, request).map(views::queueItem);
	}

	/**
	 * Per province and sentra, how many active IKM have not reported for the semester (default: the
	 * latest with reports), with a page of those IKM (optionally of one sentra).
	 */
	@GetMapping("/compliance")
	ComplianceResponse compliance(@RequestParam(required = false) String semester,
			@RequestParam(required = false) String province, @RequestParam(required = false) Long sentra,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Actor actor) {
		Semester which = semester == null || semester.isBlank() ? queries.semesterToReview() : Semester.parse(semester);
		PageRequest request = PageRequest.of(page, size, null, Set.of("name"), "name");
		return views.compliance(queries.compliance(actor, which, province, sentra, request));
	}
}
