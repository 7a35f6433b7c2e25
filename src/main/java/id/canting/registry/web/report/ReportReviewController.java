package id.canting.registry.web.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.region.Regions;
import id.canting.registry.reports.Semester;
import id.canting.registry.internal.SemesterReportQueries;
import id.canting.registry.reports.SemesterReports;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;

/**
 * The provincial office's report pages: the queue of submitted reports to accept or return, and who
 * has not reported for a semester. Officers see their province; admins all, or one they choose.
 */
@Controller
class ReportReviewController {

	private final SemesterReportQueries queries;
	private final SemesterReports reports;
	private final ReportViews views;
	private final Regions regions;

	ReportReviewController(SemesterReportQueries queries, SemesterReports reports, ReportViews views,
			Regions regions) {
		this.queries = queries;
		this.reports = reports;
		this.views = views;
		this.regions = regions;
	}

	@GetMapping("/reports/review")
	String review(@RequestParam(required = false) String province, @RequestParam(required = false) Integer page,
			Actor actor, Model model) {
		PageRequest request = PageRequest.of(page, 20, null, Set.of("submittedAt"), "submittedAt");
		model.addAttribute("results", queries.reviewQueue(actor, province, request).map(views::queueItem));
		model.addAttribute("province", blankToNull(province));
		model.addAttribute("provinces", actor.isAdmin() ? regions.provinces() : List.of());
		return "registry/reports/review";
	}

	@GetMapping("/reports/compliance")
	String compliance(@RequestParam(required = false) String semester,
			@RequestParam(required = false) String province, @RequestParam(required = false) Long sentra,
			@RequestParam(required = false) Integer page, Actor actor, Model model) {
		Semester which = semester == null || semester.isBlank() ? queries.semesterToReview() : Semester.parse(semester);
		PageRequest request = PageRequest.of(page, 50, null, Set.of("name"), "name");
		model.addAttribute("compliance", views.compliance(queries.compliance(actor, which, province, sentra, request)));
		model.addAttribute("sentra", sentra);
		model.addAttribute("provinces", actor.isAdmin() ? regions.provinces() : List.of());
		model.addAttribute("semesters", recentSemesters(reports.currentSemester(), which));
		return "registry/reports/compliance";
	}

	/** The last eight semesters to choose from, and the one shown if it is older. */
	private static List<String> recentSemesters(Semester current, Semester shown) {
		List<String> semesters = new ArrayList<>();
		for (Semester s = current; semesters.size() < 8; s = s.previous()) {
			semesters.add(s.toString());
		}
		if (!semesters.contains(shown.toString())) {
			semesters.add(shown.toString());
		}
		return semesters;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
