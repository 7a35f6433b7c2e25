package id.canting.certification.batikmark.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.canting.certification.batikmark.internal.Certificate;
import id.canting.certification.batikmark.internal.CertificateDocuments;
import id.canting.certification.batikmark.internal.Certificates;
import id.canting.certification.batikmark.internal.CertificationApplication;
import id.canting.certification.batikmark.internal.CertificationApplicationId;
import id.canting.certification.batikmark.internal.CertificationApplications;
import id.canting.certification.CertificationStatus;
import id.canting.certification.batikmark.internal.DocumentKind;
import id.canting.certification.batikmark.internal.Surveillance;
import id.canting.certification.SurveillanceResult;
import id.canting.registry.IkmLinks;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.DomainException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import id.canting.shared.Role;
import id.canting.shared.RuleRefusedException;
import id.canting.shared.web.Day;
import id.canting.shared.web.FormRejections;
import id.canting.shared.web.Rupiah;
import id.canting.shared.web.TypedAmount;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The certification pages: the work queue (the certification body's, or an applicant's own
 * applications) with the service-level flag, the apply form, an application's page with the form of
 * each step (a refused step shows its problem inside its form, with the API's status), a
 * certificate's page with its actions and surveillance visits, and the surveillance due list.
 */
@Controller
class CertificationController {

	static final int SURVEILLANCE_PAGE_SIZE = 20;

	/** The typed values of the steps, read by the one formatter for days and for rupiah. */
	record Sampled(@Day LocalDate sampledOn) {
	}

	record Billed(@Rupiah(refusal = "certification.validation.number") TypedAmount pnbpIdr) {
	}

	record Paid(@Day LocalDate paidOn) {
	}

	record Visited(@Day LocalDate visitedOn) {
	}

	private final CertificationApplications applications;
	private final Certificates certificates;
	private final Surveillance surveillance;
	private final IkmLinks ikmLinks;
	private final MessageSource messages;

	CertificationController(CertificationApplications applications, Certificates certificates,
			Surveillance surveillance, IkmLinks ikmLinks, MessageSource messages) {
		this.applications = applications;
		this.ikmLinks = ikmLinks;
		this.certificates = certificates;
		this.surveillance = surveillance;
		this.messages = messages;
	}

	@GetMapping("/certification/applications")
	String queue(@RequestParam(required = false) CertificationStatus status, Actor actor, Model model) {
		var days = applications.workingDays();
		model.addAttribute("rows", applications.applications(actor, status).stream()
			.map(a -> CertificationResponse.of(a, applications.serviceLevel(a, days))).toList());
		model.addAttribute("statuses", CertificationStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("assessor", CertificationApplications.mayAssess(actor));
		model.addAttribute("mayApply", actor.isAdmin() || actor.role() == id.canting.shared.Role.OFFICER
				|| actor.role() == id.canting.shared.Role.IKM_OWNER);
		return "certification/applications";
	}

	@GetMapping("/certification/apply")
	String applyForm(Actor actor, Model model) {
		CertificationForm form = new CertificationForm();
		if (actor.ikmIds().size() == 1) {
			form.setIkmId(actor.ikmIds().iterator().next());
		}
		model.addAttribute("form", form);
		return applyPage(model);
	}

	@PostMapping("/certification/apply")
	String apply(@ModelAttribute("form") CertificationForm form, BindingResult result, Actor actor, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CertificationApplication[] saved = new CertificationApplication[1];
		if (result.hasErrors()) {
			FormRejections.alsoCheck(result, () -> applications.apply(actor, form.input()));
		}
		else {
			try {
				saved[0] = applications.apply(actor, form.input());
			}
			catch (InvalidInputException e) {
				FormRejections.reject(result, e);
			}
			catch (RuleRefusedException e) {
				response.setStatus(422);
				result.reject(e.messageKey(), e.arguments(), e.messageKey());
			}
		}
		if (saved[0] == null) {
			if (response.getStatus() == 200) {
				response.setStatus(400);
			}
			return applyPage(model);
		}
		redirect.addFlashAttribute("notice", "certification.notice.applied");
		return "redirect:/certification/applications/" + saved[0].id();
	}

	private String applyPage(Model model) {
		model.addAttribute("techniques", Technique.values());
		return "certification/apply";
	}

	@GetMapping("/certification/applications/{id}")
	String application(@PathVariable long id, Actor actor, Model model) {
		return page(actor, id, model);
	}

	@PostMapping("/certification/applications/{id}/documents")
	String upload(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) MultipartFile file, Actor actor, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return step(actor, id, "documents", () -> {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException(List.of(FieldViolation.of("file", "document.empty")));
			}
			try {
				return applications.attach(actor, new CertificationApplicationId(id), kind, file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}, model, locale, response, redirect);
	}

	@GetMapping("/certification/applications/{id}/documents/{documentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long documentId, Actor actor) {
		return DocumentDownload.of(applications.download(actor, new CertificationApplicationId(id), documentId));
	}

	@PostMapping("/certification/applications/{id}/file-check")
	String checkFile(@PathVariable long id, Actor actor, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		return step(actor, id, "file-check", () -> applications.checkFile(actor, new CertificationApplicationId(id)), model, locale, response,
				redirect);
	}

	@PostMapping("/certification/applications/{id}/sampling")
	String sample(@PathVariable long id, @ModelAttribute Sampled sampled, BindingResult typed,
			@RequestParam(required = false) String samplingOfficer, @RequestParam(required = false) String sampleCodes,
			Actor actor, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return step(actor, id, "sampling", () -> {
			FormRejections.refuseUnreadable(typed);
			return applications.sample(actor, new CertificationApplicationId(id), sampled.sampledOn(), samplingOfficer, sampleCodes);
		}, model, locale, response, redirect);
	}

	@PostMapping("/certification/applications/{id}/bill")
	String bill(@PathVariable long id, @ModelAttribute Billed billed, BindingResult typed, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return step(actor, id, "bill", () -> {
			FormRejections.refuseUnreadable(typed);
			return applications.bill(actor, new CertificationApplicationId(id), TypedAmount.amountOf(billed.pnbpIdr()));
		}, model, locale, response, redirect);
	}

	@PostMapping("/certification/applications/{id}/payment")
	String pay(@PathVariable long id, @ModelAttribute Paid paid, BindingResult typed, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return step(actor, id, "payment", () -> {
			FormRejections.refuseUnreadable(typed);
			return applications.pay(actor, new CertificationApplicationId(id), paid.paidOn());
		}, model, locale, response, redirect);
	}

	@PostMapping("/certification/applications/{id}/lab-results")
	String test(@PathVariable long id, @RequestParam(required = false) String shrinkagePercent,
			@RequestParam(required = false) String washingGrade, @RequestParam(required = false) String rubbingGrade,
			Actor actor, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return step(actor, id, "lab-results", () -> {
			List<FieldViolation> violations = new ArrayList<>();
			BigDecimal shrinkage = decimal("shrinkagePercent", shrinkagePercent, violations);
			BigDecimal washing = decimal("washingGrade", washingGrade, violations);
			BigDecimal rubbing = decimal("rubbingGrade", rubbingGrade, violations);
			throwIfAny(violations);
			return applications.test(actor, new CertificationApplicationId(id), shrinkage, washing, rubbing);
		}, model, locale, response, redirect);
	}

	@PostMapping("/certification/applications/{id}/issue")
	String issue(@PathVariable long id, Actor actor, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		return step(actor, id, "issue", () -> applications.issue(actor, new CertificationApplicationId(id)), model, locale, response, redirect);
	}

	@PostMapping("/certification/applications/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason, Actor actor, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return step(actor, id, "reject", () -> applications.reject(actor, new CertificationApplicationId(id), reason), model, locale, response,
				redirect);
	}

	@GetMapping("/certification/certificates/{number}")
	String certificate(@PathVariable String number, Actor actor, Model model) {
		return certificatePage(actor, number, model);
	}

	/** A change of a certificate's status as the page's form sends it: the reason, and the ticked confirmation. */
	record StatusChange(String reason, Boolean confirmed) {

		/** An unticked box is not sent at all. */
		boolean isConfirmed() {
			return Boolean.TRUE.equals(confirmed);
		}
	}

	@PostMapping("/certification/certificates/{number}/{action:suspend|reinstate|revoke}")
	String certificateAction(@PathVariable String number, @PathVariable String action,
			@ModelAttribute StatusChange change, Actor actor, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return certificateStep(actor, number, action, () -> switch (action) {
			case "suspend" -> certificates.suspend(actor, number, change.reason());
			case "reinstate" -> certificates.reinstate(actor, number);
			default -> certificates.revoke(actor, number, change.reason(), change.isConfirmed());
		}, model, locale, response, redirect);
	}

	@PostMapping("/certification/certificates/{number}/surveillance")
	String visit(@PathVariable String number, @ModelAttribute Visited visited, BindingResult typed,
			@RequestParam(required = false) String assessor, @RequestParam(required = false) String result,
			@RequestParam(required = false) String notes, @RequestParam(defaultValue = "false") boolean suspend,
			Actor actor, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return certificateStep(actor, number, "surveillance", () -> {
			List<FieldViolation> violations = new ArrayList<>(FormRejections.unreadable(typed));
			SurveillanceResult outcome = null;
			if (result != null && !result.isBlank()) {
				try {
					outcome = SurveillanceResult.valueOf(result.strip());
				}
				catch (IllegalArgumentException e) {
					violations.add(FieldViolation.of("result", "validation.one-of", "PASS, FAIL"));
				}
			}
			throwIfAny(violations);
			return surveillance.record(actor, number, visited.visitedOn(), assessor, outcome, notes, suspend);
		}, model, locale, response, redirect);
	}

	@GetMapping("/certification/surveillance")
	String due(@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Integer page,
			Actor actor, Model model) {
		// the schedule is worked out in memory for every active certificate; the page shows a slice of it
		model.addAttribute("results", PageResponse.slice(surveillance.due(actor, overdue),
				PageRequest.of(page, SURVEILLANCE_PAGE_SIZE, null, Set.of("nextDue"), "nextDue")));
		model.addAttribute("overdue", overdue);
		return "certification/surveillance";
	}

	private String page(Actor actor, long id, Model model) {
		CertificationApplication a = applications.application(actor, new CertificationApplicationId(id));
		model.addAttribute("a", CertificationResponse.of(a, applications.serviceLevel(a, applications.workingDays())));
		// the assessor may not read the registry record: the catalogue page, or the name alone
		model.addAttribute("ikmHref", ikmLinks.href(actor, a.ikmId()).orElse(null));
		model.addAttribute("documents", applications.documents(actor, new CertificationApplicationId(id)));
		model.addAttribute("missing", applications.missingDocuments(new CertificationApplicationId(id)));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("limit", applications.limit(a.technique()));
		model.addAttribute("assessor", CertificationApplications.mayAssess(actor));
		model.addAttribute("mayAttach", !a.status().isDecided());
		model.addAttribute("maxMegabytes", applications.maxSizeMegabytes());
		model.addAttribute("today", applications.today());
		return "certification/application";
	}

	/**
	 * A certificate's page: for those who may print its documents (the IKM's owner, its province's
	 * officers, assessors, admins), with the certificate PDF and the label to download; the
	 * certification body and admins also see its actions and surveillance visits.
	 */
	private String certificatePage(Actor actor, String number, Model model) {
		Certificate c = certificates.byNumber(number);
		if (!CertificateDocuments.mayDownload(actor, c)) {
			throw new ForbiddenException("certificate.forbidden.download");
		}
		boolean certifier = actor.isAdmin() || actor.role() == Role.ASSESSOR;
		model.addAttribute("c", c);
		model.addAttribute("certifier", certifier);
		model.addAttribute("visits", certifier ? surveillance.visits(actor, number) : List.of());
		model.addAttribute("dueDates", id.canting.certification.batikmark.internal.SurveillanceSchedule.dueDates(c.issuedOn(),
				c.validUntil()));
		model.addAttribute("today", certificates.today());
		return "certification/certificate";
	}

	private String step(Actor actor, long id, String action, Supplier<?> step, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			step.get();
		}
		catch (InvalidInputException | ConflictException | RuleRefusedException e) {
			response.setStatus(StepRefusal.statusOf(e).value());
			model.addAttribute("refusal", StepRefusal.of(action, (DomainException) e, messages, locale));
			return page(actor, id, model);
		}
		redirect.addFlashAttribute("notice", "certification.notice." + action);
		return "redirect:/certification/applications/" + id;
	}

	private String certificateStep(Actor actor, String number, String action, Supplier<?> step, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			step.get();
		}
		catch (InvalidInputException | ConflictException | RuleRefusedException e) {
			response.setStatus(StepRefusal.statusOf(e).value());
			model.addAttribute("refusal", StepRefusal.of(action, (DomainException) e, messages, locale));
			return certificatePage(actor, number, model);
		}
		redirect.addFlashAttribute("notice", "certification.notice." + action);
		return "redirect:/certification/certificates/" + certificates.byNumber(number).number();
	}
	private static BigDecimal decimal(String field, String typed, List<FieldViolation> violations) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(typed.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			violations.add(FieldViolation.of(field, "certification.validation.number", typed.strip()));
			return null;
		}
	}

	private static void throwIfAny(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}
}
