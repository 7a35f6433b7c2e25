package id.canting.registry.web.report;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.registry.IkmId;
import id.canting.registry.reports.Semester;
import id.canting.registry.reports.SemesterReport;
import id.canting.registry.reports.SemesterReports;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.tags.Tag;

/** An IKM's semester reports for other systems: {@code /api/v1/ikm/{id}/reports}, filed and corrected. */
@RestController
@Tag(name = "Semester reports", description = "An IKM's semester reports: filed, corrected, reviewed")
@RequestMapping("/api/v1/ikm/{id}/reports")
class ReportApiController {

	private final SemesterReports reports;
	private final ReportViews views;

	ReportApiController(SemesterReports reports, ReportViews views) {
		this.reports = reports;
		this.views = views;
	}

	/** The IKM's reports, latest semester first. */
	@GetMapping
	List<ReportResponse> list(@PathVariable long id, Actor actor) {
		return reports.reportsOf(actor, new IkmId(id)).stream().map(views::report).toList();
	}

	/** Files a draft for the semester the body names; a second report for the same semester is a 409. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<ReportResponse> create(@PathVariable long id, @RequestBody ReportRequest request, Actor actor) {
		SemesterReport report = reports.file(actor, new IkmId(id), request.toInput());
		return ResponseEntity.created(URI.create("/api/v1/ikm/" + id + "/reports/" + report.semester()))
			.body(views.report(report));
	}

	@GetMapping("/{semester}")
	ReportResponse get(@PathVariable long id, @PathVariable String semester, Actor actor) {
		return views.report(reports.report(actor, new IkmId(id), Semester.parse(semester)));
	}

	/** Corrects a draft or returned report; the body carries the version read. */
	@PutMapping("/{semester}")
	ReportResponse update(@PathVariable long id, @PathVariable String semester, @RequestBody ReportRequest request,
			Actor actor) {
		Semester which = Semester.parse(semester);
		if (request.version() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("version", "validation.version.required")));
		}
		return views.report(reports.update(actor, new IkmId(id), which, request.version(), request.toInput()));
	}
}
