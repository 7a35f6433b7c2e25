package id.canting.event.exhibitor.web;

import java.util.HashSet;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.event.EventCode;
import id.canting.event.Events;
import id.canting.event.exhibitor.internal.Applicant;
import id.canting.event.exhibitor.internal.Curation;
import id.canting.event.exhibitor.internal.CurationConstraints;
import id.canting.event.exhibitor.internal.CurationInfeasibleException;
import id.canting.event.exhibitor.internal.CurationViolationsException;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.web.FormRejections;

/**
 * The curator's page: constraints, the solver's proposal (optimal or not, and why each applicant is
 * out), a selection changed by hand re-checked with every violation listed, and publishing it.
 */
@Controller
class CurationPageController {

	private final Curation curation;
	private final Events events;
	private final CurationTexts texts;
	private final PageRefusals refusals;
	private final ProvinceNames provinceNames;

	CurationPageController(Curation curation, Events events, CurationTexts texts, PageRefusals refusals,
			ProvinceNames provinceNames) {
		this.provinceNames = provinceNames;
		this.curation = curation;
		this.events = events;
		this.texts = texts;
		this.refusals = refusals;
	}

	@GetMapping("/admin/events/{code}/curation")
	String page(@PathVariable String code, Model model) {
		return page(EventCode.of(code), new CurationForm(), model);
	}

	@PostMapping("/admin/events/{code}/curation")
	String propose(@PathVariable String code, @ModelAttribute("form") CurationForm form, BindingResult result,
			Actor actor, Model model) {
		EventCode eventCode = EventCode.of(code);
		try {
			FormRejections.refuseUnreadable(result);
			Curation.Result proposal = curation.propose(actor, eventCode, form.toConstraints());
			form.setSelected(proposal.proposal().selected().stream().map(Applicant::id).toList());
			model.addAttribute("proposal", proposal.proposal());
			model.addAttribute("unscored", proposal.unscored());
			model.addAttribute("reasons", proposal.proposal().leftOut().stream().map(texts::reason).toList());
		}
		catch (CurationInfeasibleException e) {
			model.addAttribute("shortfalls", e.shortfalls().stream().map(texts::shortfall).toList());
		}
		catch (InvalidInputException e) {
			FormRejections.reject(result, e);
		}
		catch (DomainException e) {
			model.addAttribute("problem", refusals.text(e));
		}
		return page(eventCode, form, model);
	}

	@PostMapping("/admin/events/{code}/curation/publish")
	String publish(@PathVariable String code, @ModelAttribute("form") CurationForm form, BindingResult result,
			Actor actor, Model model, RedirectAttributes redirect) {
		EventCode eventCode = EventCode.of(code);
		try {
			FormRejections.refuseUnreadable(result);
			CurationConstraints constraints = form.toConstraints();
			curation.publish(actor, eventCode, constraints, new HashSet<>(form.getSelected()));
			redirect.addFlashAttribute("notice", "exhibitor.notice.published");
			return "redirect:/admin/events/" + eventCode + "/curation";
		}
		catch (CurationViolationsException e) {
			model.addAttribute("violations", e.violations().stream().map(texts::violation).toList());
		}
		catch (InvalidInputException e) {
			FormRejections.reject(result, e);
		}
		catch (DomainException e) {
			model.addAttribute("problem", refusals.text(e));
		}
		return page(eventCode, form, model);
	}

	private String page(EventCode code, CurationForm form, Model model) {
		model.addAttribute("event", events.find(code)
			.orElseThrow(() -> new NotFoundException("exhibitor.event.not-found", code.value())));
		model.addAttribute("form", form);
		model.addAttribute("published", curation.published(code).orElse(null));
		List<Applicant> applicants = curation.applicants(code);
		model.addAttribute("applicants", applicants);
		model.addAttribute("provinceNames", provinceNames.all());
		return "event/exhibitor/curation";
	}
}
