package id.canting.registry.web.report;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.canting.registry.IkmId;
import id.canting.registry.reports.Semester;
import id.canting.registry.reports.SemesterReports;
import id.canting.registry.web.ReturnRequest;
import id.canting.shared.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A report's way through review: submitted by the IKM, accepted or returned by the provincial office. */
@RestController
@Tag(name = "Semester reports", description = "An IKM's semester reports: filed, corrected, reviewed")
@RequestMapping("/api/v1/ikm/{id}/reports/{semester}")
class ReportDecisionApiController {

	private final SemesterReports reports;
	private final ReportViews views;

	ReportDecisionApiController(SemesterReports reports, ReportViews views) {
		this.reports = reports;
		this.views = views;
	}

	@PostMapping("/submit")
	ReportResponse submit(@PathVariable long id, @PathVariable String semester, Actor actor) {
		return views.report(reports.submit(actor, new IkmId(id), Semester.parse(semester)));
	}

	@PostMapping("/accept")
	ReportResponse accept(@PathVariable long id, @PathVariable String semester, Actor actor) {
		return views.report(reports.accept(actor, new IkmId(id), Semester.parse(semester)));
	}

	/** Returns the report for correction: {@code {"reason": "..."}}, required. */
	@PostMapping("/return")
	ReportResponse returnForCorrection(@PathVariable long id, @PathVariable String semester,
			@RequestBody(required = false) ReturnRequest request, Actor actor) {
		return views.report(reports.returnForCorrection(actor, new IkmId(id), Semester.parse(semester),
				request == null ? null : request.reason()));
	}
}
