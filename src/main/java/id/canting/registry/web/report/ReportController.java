package id.canting.registry.web.report;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.registry.internal.DuplicateReportException;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.reports.Semester;
import id.canting.registry.reports.SemesterReportRules;
import id.canting.registry.reports.SemesterReports;
import id.canting.registry.web.FormErrors;
import id.canting.shared.Actor;

/**
 * An IKM's semester reports as pages: the list, one report with its actions, and the forms to file
 * and correct one. A refused form shows again with each problem next to its field.
 */
@Controller
class ReportController {

	private final SemesterReports reports;
	private final IkmManagement ikms;
	private final ReportViews views;

	ReportController(SemesterReports reports, IkmManagement ikms, ReportViews views) {
		this.reports = reports;
		this.ikms = ikms;
		this.views = views;
	}

	@GetMapping("/ikm/{id}/reports")
	String list(@PathVariable long id, Actor actor, Model model) {
		IkmId ikm = new IkmId(id);
		model.addAttribute("reports", reports.reportsOf(actor, ikm).stream().map(views::report).toList());
		return page(ikm, actor, model, "registry/reports/list");
	}

	@GetMapping("/ikm/{id}/reports/{semester}")
	String show(@PathVariable long id, @PathVariable String semester, Actor actor, Model model) {
		IkmId ikm = new IkmId(id);
		model.addAttribute("report", views.report(reports.report(actor, ikm, Semester.parse(semester))));
		return page(ikm, actor, model, "registry/reports/report");
	}

	@GetMapping("/ikm/{id}/reports/new")
	String newForm(@PathVariable long id, Actor actor, Model model) {
		IkmId ikm = new IkmId(id);
		reports.reportsOf(actor, ikm); // the same check as filing: the form is only for those who may file
		ReportForm form = new ReportForm();
		// reports are due once a semester has ended, so the last ended one is the likely choice
		form.setSemester(reports.currentSemester().previous().toString());
		return form(ikm, form, false, actor, model);
	}

	@PostMapping("/ikm/{id}/reports")
	String create(@PathVariable long id, @ModelAttribute("form") ReportForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		IkmId ikm = new IkmId(id);
		if (result.hasErrors()) {
			FormErrors.alsoCheck(result, () -> SemesterReportRules.check(form.toInput()));
			return form(ikm, form, false, actor, model);
		}
		return FormErrors.submission(result).onField(DuplicateReportException.class, "semester")
			.submit(() -> reports.file(actor, ikm, form.toInput())).map(report -> {
				redirect.addFlashAttribute("notice", "report.notice.filed");
				return "redirect:/ikm/" + id + "/reports/" + report.semester();
			}).orElseGet(() -> form(ikm, form, false, actor, model));
	}

	@GetMapping("/ikm/{id}/reports/{semester}/edit")
	String editForm(@PathVariable long id, @PathVariable String semester, Actor actor, Model model) {
		IkmId ikm = new IkmId(id);
		return form(ikm, ReportForm.of(reports.report(actor, ikm, Semester.parse(semester))), true, actor, model);
	}

	@PostMapping("/ikm/{id}/reports/{semester}")
	String update(@PathVariable long id, @PathVariable String semester, @ModelAttribute("form") ReportForm form,
			BindingResult result, Actor actor, Model model, RedirectAttributes redirect) {
		IkmId ikm = new IkmId(id);
		Semester which = Semester.parse(semester);
		form.setSemester(which.toString());
		if (result.hasErrors()) {
			FormErrors.alsoCheck(result, () -> SemesterReportRules.check(form.toInput()));
			return form(ikm, form, true, actor, model);
		}
		if (FormErrors.submission(result)
			.submitted(() -> reports.update(actor, ikm, which, form.getVersion(), form.toInput()))) {
			redirect.addFlashAttribute("notice", "report.notice.saved");
			return "redirect:/ikm/" + id + "/reports/" + which;
		}
		return form(ikm, form, true, actor, model);
	}

	private String form(IkmId ikm, ReportForm form, boolean editing, Actor actor, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		return page(ikm, actor, model, "registry/reports/form");
	}

	/** What every report page shows of the IKM, and which actions the actor is offered. */
	private String page(IkmId ikm, Actor actor, Model model, String view) {
		model.addAttribute("ikmId", ikm.value());
		model.addAttribute("ikmName", ikms.ikm(actor, ikm).name());
		model.addAttribute("can", reports.permissions(actor, ikm));
		return view;
	}
}
