package id.canting.programme.application.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.programme.application.Application;
import id.canting.programme.application.ApplicationInput;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.application.internal.DuplicateApplicationException;
import id.canting.programme.catalogue.NotEligibleException;
import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.ProgrammeTarget;
import id.canting.programme.catalogue.web.ApplyPermission;
import id.canting.programme.catalogue.web.EligibilityMessages;
import id.canting.programme.catalogue.web.IkmOption;
import id.canting.programme.catalogue.web.ProgrammeResponse;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.RecordStatus;
import id.canting.registry.SentraFilter;
import id.canting.registry.SentraId;
import id.canting.registry.SentraManagement;
import id.canting.registry.SentraQueries;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.PageRequest;
import id.canting.shared.Role;
import id.canting.shared.web.FormRejections;
import id.canting.shared.web.TypedAmount;

/**
 * Applying to an open call: the owner for their own IKM, an officer for an IKM or a sentra of the
 * province, ministry staff for anyone. An ineligible applicant sees every rule it fails; a closed
 * call or a second application is refused in the form; nothing is saved then.
 */
@Controller
class ApplicationFormController {

	private final ProgrammeManagement programmes;
	private final ApplicationManagement applications;
	private final IkmManagement ikms;
	private final SentraManagement sentras;
	private final SentraQueries sentraQueries;
	private final EligibilityMessages eligibility;

	ApplicationFormController(ProgrammeManagement programmes, ApplicationManagement applications, IkmManagement ikms,
			SentraManagement sentras, SentraQueries sentraQueries, EligibilityMessages eligibility) {
		this.programmes = programmes;
		this.applications = applications;
		this.ikms = ikms;
		this.sentras = sentras;
		this.sentraQueries = sentraQueries;
		this.eligibility = eligibility;
	}

	/**
	 * The form, with the owner's first business that has not applied chosen; an owner whose
	 * businesses have all applied is taken to their application instead of a form that would refuse.
	 */
	@GetMapping("/programmes/{code}/apply")
	String form(@PathVariable String code, Actor actor, Model model, RedirectAttributes redirect) {
		Programme programme = applicable(actor, code);
		List<Application> own = applications.ownApplications(actor, programme.id());
		Set<Long> applied = own.stream().map(Application::ikmId).collect(Collectors.toSet());
		if (!own.isEmpty() && applied.containsAll(actor.ikmIds())) {
			redirect.addFlashAttribute("notice", "programme.application.notice.existing");
			return "redirect:/applications/" + own.get(0).id().value();
		}
		ApplicationForm form = new ApplicationForm();
		ownIkm(actor).stream().filter(o -> !applied.contains(o.id())).findFirst()
			.ifPresent(o -> form.setApplicant(String.valueOf(o.id())));
		return page(programme, form, actor, model);
	}

	@PostMapping("/programmes/{code}/apply")
	String apply(@PathVariable String code, @ModelAttribute("form") ApplicationForm form, BindingResult result,
			@RequestParam(required = false) String submit, Actor actor, Locale locale, Model model,
			RedirectAttributes redirect) {
		Programme programme = applicable(actor, code);
		List<FieldViolation> violations = new ArrayList<>();
		Long applicant = applicant(programme.target(), form.getApplicant(), violations);
		// an amount that could not be read is already in the binding result, named in its field
		if (!violations.isEmpty()) {
			FormRejections.reject(result, new InvalidInputException(violations));
		}
		if (result.hasErrors()) {
			return page(programme, form, actor, model);
		}
		boolean ikm = programme.target() == ProgrammeTarget.IKM;
		ApplicationInput input = new ApplicationInput(ikm ? applicant : null, ikm ? null : applicant,
				form.getProposal(), TypedAmount.amountOf(form.getRequestedIdr()), submit != null);
		try {
			Application application = applications.apply(actor, programme.code(), input);
			redirect.addFlashAttribute("notice", input.submit() ? "programme.application.notice.submit"
					: "programme.application.notice.created");
			return "redirect:/applications/" + application.id().value();
		}
		catch (InvalidInputException e) {
			FormRejections.reject(result, new InvalidInputException(e.violations().stream().map(v ->
					"ikmId".equals(v.field()) || "sentraId".equals(v.field())
							? new FieldViolation("applicant", v.messageKey(), v.arguments()) : v).toList()));
		}
		catch (NotEligibleException e) {
			result.reject(e.messageKey(), e.arguments(), e.messageKey());
			model.addAttribute("reasons", e.reasons().stream().map(r -> eligibility.message(r, locale)).toList());
		}
		catch (NotFoundException | ForbiddenException e) {
			result.rejectValue("applicant", e.messageKey(), e.arguments(), e.messageKey());
		}
		catch (DuplicateApplicationException e) {
			// said above the form, with the way to the application it already has
			result.reject(e.messageKey(), e.arguments(), e.messageKey());
			model.addAttribute("existingApplication", e.properties().get("existingId"));
		}
		catch (DomainException e) {
			// the call's window, a second application: refused as a whole, the reason above the form
			result.reject(e.messageKey(), e.arguments(), e.messageKey());
		}
		return page(programme, form, actor, model);
	}

	private Programme applicable(Actor actor, String code) {
		Programme programme = programmes.programme(actor, code);
		if (!ApplyPermission.mayApply(actor, programme.target())) {
			throw new ForbiddenException("programme.application.forbidden.apply");
		}
		return programme;
	}

	private String page(Programme programme, ApplicationForm form, Actor actor, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("programme", ProgrammeResponse.of(programme, programmes.today()));
		boolean ikm = programme.target() == ProgrammeTarget.IKM;
		boolean owner = actor.role() == Role.IKM_OWNER;
		model.addAttribute("ownIkm", owner ? ownIkm(actor) : List.of());
		model.addAttribute("sentraOptions", !ikm && actor.role() == Role.OFFICER
				? sentraQueries.sentra(new SentraFilter(actor.provinceCode(), null, null, RecordStatus.ACTIVE, null),
						new PageRequest(0, PageRequest.MAX_SIZE, "name", true)).content()
				: List.of());
		model.addAttribute("applicantHint", ikm ? "programme.application.applicant.ikm-hint"
				: "programme.application.applicant.sentra-hint");
		return "programme/apply";
	}

	private List<IkmOption> ownIkm(Actor actor) {
		if (actor.role() != Role.IKM_OWNER) {
			return List.of();
		}
		return actor.ikmIds().stream().sorted()
			.map(id -> new IkmOption(id, ikms.ikm(actor, new IkmId(id)).name()))
			.toList();
	}

	/**
	 * The applicant's id from what was chosen or typed: an IKM by id or 13-digit NIB, a sentra by id
	 * or code. Whether the actor may apply for it is the facade's to say.
	 */
	private Long applicant(ProgrammeTarget target, String typed, List<FieldViolation> violations) {
		String value = typed == null ? "" : typed.strip();
		if (value.isEmpty()) {
			violations.add(FieldViolation.of("applicant", "validation.required"));
			return null;
		}
		Optional<Long> id = Optional.empty();
		if (target == ProgrammeTarget.IKM && value.matches("\\d{13}")) {
			id = ikms.findByNib(value).map(IkmId::value);
		}
		else if (value.matches("\\d{1,12}")) {
			id = Optional.of(Long.parseLong(value));
		}
		else if (target == ProgrammeTarget.SENTRA) {
			id = sentras.findByCode(value.toUpperCase(Locale.ROOT)).map(SentraId::value);
		}
		if (id.isEmpty()) {
			violations.add(FieldViolation.of("applicant", target == ProgrammeTarget.IKM
					? "programme.application.validation.ikm-ref" : "programme.application.validation.sentra-ref", value));
		}
		return id.orElse(null);
	}
}
