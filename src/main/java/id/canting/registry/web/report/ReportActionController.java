package id.canting.registry.web.report;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.registry.IkmId;
import id.canting.registry.reports.Semester;
import id.canting.registry.reports.SemesterReports;
import id.canting.shared.Actor;
import id.canting.shared.InvalidInputException;

/**
 * The buttons of a report's review, as pages: submit (IKM or office), accept and return (office).
 * Accept and return come from the report page or the review queue, and lead back to where they came from.
 */
@Controller
class ReportActionController {

	private final SemesterReports reports;

	ReportActionController(SemesterReports reports) {
		this.reports = reports;
	}

	@PostMapping("/ikm/{id}/reports/{semester}/submit")
	String submit(@PathVariable long id, @PathVariable String semester, Actor actor, RedirectAttributes redirect) {
		Semester which = Semester.parse(semester);
		reports.submit(actor, new IkmId(id), which);
		redirect.addFlashAttribute("notice", "report.notice.submitted");
		return "redirect:/ikm/" + id + "/reports/" + which;
	}

	@PostMapping("/ikm/{id}/reports/{semester}/accept")
	String accept(@PathVariable long id, @PathVariable String semester,
			@RequestParam(required = false) String from, Actor actor, RedirectAttributes redirect) {
		Semester which = Semester.parse(semester);
		reports.accept(actor, new IkmId(id), which);
		redirect.addFlashAttribute("notice", "report.notice.accepted");
		return back(id, which, from);
	}

	/** A missing reason shows next to the reason field of the report page, and nothing changes. */
	@PostMapping("/ikm/{id}/reports/{semester}/return")
	String returnForCorrection(@PathVariable long id, @PathVariable String semester,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String from, Actor actor,
			RedirectAttributes redirect) {
		Semester which = Semester.parse(semester);
		try {
			reports.returnForCorrection(actor, new IkmId(id), which, reason);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("reasonError", e.violations().get(0));
			return "redirect:/ikm/" + id + "/reports/" + which + "#return";
		}
		redirect.addFlashAttribute("notice", "report.notice.returned");
		return back(id, which, from);
	}

	// only the two known places, never a URL taken from the request
	private static String back(long id, Semester semester, String from) {
		return "review".equals(from) ? "redirect:/reports/review" : "redirect:/ikm/" + id + "/reports/" + semester;
	}
}
