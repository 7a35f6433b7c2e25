package id.canting.programme.application.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.programme.application.Application;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.application.internal.ApplicationPermissions;
import id.canting.programme.catalogue.NotEligibleException;
import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.web.EligibilityMessages;
import id.canting.programme.catalogue.web.ProgrammeResponse;
import id.canting.programme.web.Refusal;
import id.canting.region.Province;
import id.canting.region.Regency;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.DomainException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.RuleRefusedException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The application page and its steps: what the page shows, and how a step's answer becomes either a
 * redirect with a notice or the same page again with the refusal inside the step's form (and the
 * HTTP status the API would answer), nothing changed.
 */
@Component
class ApplicationViews {

	static final List<String> CHECKLIST = List.of("identity", "documents", "eligibility", "site");
	private static final String CHECKLIST_INCOMPLETE = "programme.application.checklist-incomplete";
	private static final String CHECKLIST_ITEM = "programme.application.checklist.";

	private final ApplicationManagement applications;
	private final ProgrammeManagement programmes;
	private final Regions regions;
	private final EligibilityMessages eligibility;
	private final MessageSource messages;

	ApplicationViews(ApplicationManagement applications, ProgrammeManagement programmes, Regions regions,
			EligibilityMessages eligibility, MessageSource messages) {
		this.applications = applications;
		this.programmes = programmes;
		this.regions = regions;
		this.eligibility = eligibility;
		this.messages = messages;
	}

	/** The application's page, as the actor may see and act on it. */
	String page(Actor actor, long id, Model model) {
		Application application = applications.application(actor, new ApplicationId(id));
		Programme programme = applications.programmeOf(application);
		model.addAttribute("detail", ApplicationResponse.of(application, programme));
		model.addAttribute("programme", ProgrammeResponse.of(programme, programmes.today()));
		model.addAttribute("can", ApplicationPermissions.of(actor, application));
		model.addAttribute("provinceName", provinceName(application.provinceCode()));
		model.addAttribute("beneficiaryRegency", application.beneficiary() == null ? null
				: regions.regency(application.beneficiary().regencyCode()).map(Regency::name).orElse(null));
		model.addAttribute("checklistItems", CHECKLIST);
		model.addAttribute("today", programmes.today());
		return "programme/application";
	}

	/**
	 * Takes one step: on success back to the application's page with the step's notice; refused by
	 * a field, the status or a rule, the page again with the refusal in the step's form.
	 */
	String step(Actor actor, long id, String action, Supplier<?> step, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			step.get();
		}
		catch (InvalidInputException | ConflictException | RuleRefusedException e) {
			response.setStatus(Refusal.statusOf(e).value());
			model.addAttribute("refusal", refusal(action, e, locale));
			return page(actor, id, model);
		}
		redirect.addFlashAttribute("notice", "programme.application.notice." + action);
		return "redirect:/applications/" + id;
	}

	/** A refusal in the reader's language: each field's first problem, or the rule's reason. */
	Refusal refusal(String action, DomainException e, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (e instanceof InvalidInputException invalid) {
			invalid.violations().forEach(v -> fields.putIfAbsent(v.field(),
					messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale)));
			return new Refusal(action, messages.getMessage("form.has-errors", null, locale), fields, List.of());
		}
		String problem = message(e.messageKey(), e.arguments(), locale);
		List<String> reasons = e instanceof NotEligibleException ineligible
				? ineligible.reasons().stream().map(r -> eligibility.message(r, locale)).toList() : List.of();
		return new Refusal(action, problem, fields, reasons);
	}

	/** A refusal's reason; the checklist items it names (identity, site ...) are said by their labels. */
	String message(String key, Object[] arguments, Locale locale) {
		Object[] said = arguments;
		if (CHECKLIST_INCOMPLETE.equals(key) && arguments.length == 1) {
			said = new Object[] { Arrays.stream(arguments[0].toString().split(",\\s*"))
				.map(item -> messages.getMessage(CHECKLIST_ITEM + item, null, item, locale))
				.collect(Collectors.joining("; ")) };
		}
		return messages.getMessage(key, said, key, locale);
	}

	String provinceName(String code) {
		return regions.province(code).map(Province::displayName).orElse(code);
	}
}
