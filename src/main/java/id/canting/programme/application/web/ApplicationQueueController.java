package id.canting.programme.application.web;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import id.canting.programme.application.ApplicationStatus;
import id.canting.programme.application.VerificationChecklist;
import id.canting.programme.application.internal.ApplicationBatch;
import id.canting.programme.application.internal.ApplicationFilter;
import id.canting.programme.application.internal.ApplicationQueries;
import id.canting.programme.application.internal.ApplicationSummary;
import id.canting.programme.application.internal.BatchOutcome;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.Role;

/**
 * The work queues: one page of applications whose first view is each role's work (the officer's
 * submitted applications of the province, the ministry's verified ones, the owner's own), with
 * filters, and batches that verify or approve the applications ticked, then say for each one whether
 * it was done or why it was refused.
 */
@Controller
class ApplicationQueueController {

	private final ApplicationQueries queries;
	private final ApplicationBatch batch;
	private final Regions regions;
	private final MessageSource messages;
	private final ApplicationViews views;

	ApplicationQueueController(ApplicationQueries queries, ApplicationBatch batch, Regions regions,
			MessageSource messages, ApplicationViews views) {
		this.queries = queries;
		this.batch = batch;
		this.regions = regions;
		this.messages = messages;
		this.views = views;
	}

	/** With no status asked for, each role's work; an empty status is every status. */
	@GetMapping("/applications")
	String queue(@RequestParam(required = false) String programme, @RequestParam(required = false) String status,
			@RequestParam(required = false) String province, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String type, @RequestParam(required = false) Integer page, Actor actor,
			Model model) {
		ApplicationFilter filter = ApplicationQueueFilter.of(programme, status, province, year, type, actor);
		PageRequest request = PageRequest.of(page, 20, null, ApplicationQueries.SORTS.keySet(), "updated");
		model.addAttribute("filter", filter);
		model.addAttribute("results", queries.applications(actor, filter, request));
		model.addAttribute("statuses", ApplicationStatus.values());
		model.addAttribute("types", ProgrammeType.values());
		model.addAttribute("provinces", actor.isAdmin() ? regions.provinces() : List.of());
		model.addAttribute("provinceNames", regions.provinces().stream()
			.collect(Collectors.toMap(p -> p.code(), p -> p.displayName())));
		model.addAttribute("mayVerify", actor.isAdmin() || actor.role() == Role.OFFICER);
		model.addAttribute("mayApprove", actor.isAdmin());
		model.addAttribute("checklistItems", ApplicationViews.CHECKLIST);
		return "programme/applications";
	}

	@PostMapping("/applications/batch/verify")
	String verifyAll(@RequestParam(required = false) List<Long> ids,
			@RequestParam(defaultValue = "false") boolean identity,
			@RequestParam(defaultValue = "false") boolean documents,
			@RequestParam(defaultValue = "false") boolean eligibility, @RequestParam(defaultValue = "false") boolean site,
			@RequestParam(required = false) String note, @RequestParam Map<String, String> params, Actor actor,
			Locale locale, RedirectAttributes redirect) {
		VerificationChecklist checklist = new VerificationChecklist(identity, documents, eligibility, site, note);
		return batch("verify", ids, all -> batch.verifyAll(actor, all, checklist), params, actor, locale, redirect);
	}

	@PostMapping("/applications/batch/approve")
	String approveAll(@RequestParam(required = false) List<Long> ids, @RequestParam Map<String, String> params,
			Actor actor, Locale locale, RedirectAttributes redirect) {
		return batch("approve", ids, all -> batch.approveAll(actor, all), params, actor, locale, redirect);
	}

	private String batch(String action, List<Long> ids, Function<List<Long>, List<BatchOutcome>> run,
			Map<String, String> params, Actor actor, Locale locale, RedirectAttributes redirect) {
		try {
			List<Long> chosen = ids == null ? List.of() : ids;
			Map<Long, String> names = queries.withIds(actor, new HashSet<>(chosen)).stream()
				.collect(Collectors.toMap(ApplicationSummary::id, ApplicationSummary::applicantName));
			List<BatchLine> lines = run.apply(chosen).stream().map(o -> line(o, names, locale)).toList();
			redirect.addFlashAttribute("batchAction", action);
			redirect.addFlashAttribute("batchResults", lines);
		}
		catch (InvalidInputException e) {
			FieldViolation first = e.violations().get(0);
			redirect.addFlashAttribute("batchError",
					messages.getMessage(first.messageKey(), first.arguments().toArray(), locale));
		}
		return "redirect:" + queueUrl(params);
	}

	private BatchLine line(BatchOutcome outcome, Map<Long, String> names, Locale locale) {
		String name = names.getOrDefault(outcome.applicationId(), "#" + outcome.applicationId());
		if (outcome.done()) {
			return new BatchLine(outcome.applicationId(), name, true,
					messages.getMessage("programme.application.status." + outcome.status(), null, locale));
		}
		return new BatchLine(outcome.applicationId(), name, false,
				views.message(outcome.messageKey(), outcome.arguments().toArray(), locale));
	}

	/** Back to the queue as it was filtered: only the queue's own filters, never a URL from the request. */
	private static String queueUrl(Map<String, String> params) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/applications");
		for (String name : List.of("programme", "status", "province", "year", "type")) {
			if (params.containsKey(name)) {
				url.queryParam(name, params.get(name));
			}
		}
		return url.encode().build().toUriString();
	}

	/** One application of a batch as the queue reports it: done with its new status, or refused and why. */
	record BatchLine(long id, String applicant, boolean done, String message) implements Serializable {
	}
}
