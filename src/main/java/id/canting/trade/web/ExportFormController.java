package id.canting.trade.web;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.shared.Actor;
import id.canting.shared.web.FormRejections;
import id.canting.shared.ForbiddenException;
import id.canting.trade.ExportRecord;
import id.canting.trade.ExportRecordId;
import id.canting.trade.TradeManagement;
import id.canting.trade.TradeRules;
import id.canting.shared.web.FormSubmission;

/** Create, edit and delete an export record (ministry staff), with problems shown next to their fields. */
@Controller
class ExportFormController {

	private final TradeManagement trade;

	ExportFormController(TradeManagement trade) {
		this.trade = trade;
	}

	@GetMapping("/trade/exports/new")
	String newForm(Actor actor, Model model) {
		requireAdmin(actor);
		ExportForm form = new ExportForm();
		form.setSource("BPS");
		return form(form, null, model);
	}

	@PostMapping("/trade/exports")
	String create(@ModelAttribute("form") ExportForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FormRejections.alsoCheck(result, () -> TradeRules.check(form.toInput()));
		}
		else {
			Optional<ExportRecord> record = FormSubmission.of(result).submit(() -> trade.record(actor, form.toInput()));
			if (record.isPresent()) {
				redirect.addFlashAttribute("notice", "trade.export.notice.created");
				return listOf(record.get());
			}
		}
		return form(form, null, model);
	}

	@GetMapping("/trade/exports/{id}/edit")
	String editForm(@PathVariable long id, Actor actor, Model model) {
		requireAdmin(actor);
		return form(ExportForm.of(trade.exportRecord(actor, new ExportRecordId(id))), id, model);
	}

	@PostMapping("/trade/exports/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") ExportForm form, BindingResult result, Actor actor,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			FormRejections.alsoCheck(result, () -> TradeRules.check(form.toInput()));
		}
		else {
			Optional<ExportRecord> record = FormSubmission.of(result)
				.submit(() -> trade.update(actor, new ExportRecordId(id), form.getVersion(), form.toInput()));
			if (record.isPresent()) {
				redirect.addFlashAttribute("notice", "trade.export.notice.saved");
				return listOf(record.get());
			}
		}
		return form(form, id, model);
	}

	/** The list narrowed to the record's month, HS code and country, where the saved record is seen. */
	private static String listOf(ExportRecord record) {
		return "redirect:/trade/exports?from=" + record.month() + "&to=" + record.month() + "&hsCode="
				+ record.hsCode() + "&country=" + record.countryCode();
	}

	@PostMapping("/trade/exports/{id}/delete")
	String delete(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		trade.delete(actor, new ExportRecordId(id));
		redirect.addFlashAttribute("notice", "trade.export.notice.deleted");
		return "redirect:/trade/exports";
	}

	private String form(ExportForm form, Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("recordId", id);
		return "trade/export-form";
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("trade.forbidden.change");
		}
	}
}
