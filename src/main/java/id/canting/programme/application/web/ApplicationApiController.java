package id.canting.programme.application.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.programme.application.Application;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.application.internal.ApplicationBatch;
import id.canting.programme.application.internal.ApplicationFilter;
import id.canting.programme.application.internal.ApplicationQueries;
import id.canting.programme.application.internal.BatchOutcome;
import id.canting.programme.catalogue.NotEligibleException;
import id.canting.programme.catalogue.web.EligibilityMessages;
import id.canting.programme.web.RuleProblems;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Applications to programmes for other systems: apply under {@code /api/v1/programmes/{code}},
 * then each workflow step under {@code /api/v1/applications/{id}}, and the work queues' batches.
 */
@RestController
@Tag(name = "Programme applications", description = "Applications of IKM to programmes and their way through review")
class ApplicationApiController {

	private final ApplicationManagement applications;
	private final ApplicationQueries queries;
	private final ApplicationBatch batch;
	private final EligibilityMessages eligibilityMessages;
	private final MessageSource messages;

	ApplicationApiController(ApplicationManagement applications, ApplicationQueries queries, ApplicationBatch batch,
			EligibilityMessages eligibilityMessages, MessageSource messages) {
		this.applications = applications;
		this.queries = queries;
		this.batch = batch;
		this.eligibilityMessages = eligibilityMessages;
		this.messages = messages;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/programmes/{code}/applications")
	ResponseEntity<ApplicationResponse> apply(@PathVariable String code, @RequestBody ApplicationRequests.Apply body,
			Actor actor) {
		ApplicationResponse created = response(applications.apply(actor, code, body.toInput()));
		return ResponseEntity.created(URI.create("/api/v1/applications/" + created.id())).body(created);
	}

	@GetMapping("/api/v1/applications")
	PageResponse<ApplicationResponse.Row> list(@RequestParam(required = false) String programme,
			@RequestParam(required = false) String status, @RequestParam(required = false) String province,
			@RequestParam(required = false) Long ikm, @RequestParam(required = false) Long sentra,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String type,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, Actor actor) {
		PageRequest request = PageRequest.of(page, size, sort, ApplicationQueries.SORTS.keySet(), "updated");
		ApplicationFilter filter = ApplicationFilter.of(programme, status, province, ikm, sentra, year, type);
		return queries.applications(actor, filter, request).map(ApplicationResponse.Row::of);
	}

	@GetMapping("/api/v1/applications/{id}")
	ApplicationResponse get(@PathVariable long id, Actor actor) {
		return response(applications.application(actor, new ApplicationId(id)));
	}

	@PutMapping("/api/v1/applications/{id}")
	ApplicationResponse update(@PathVariable long id, @RequestBody ApplicationRequests.Update body, Actor actor) {
		if (body.version() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("version", "validation.version.required")));
		}
		return response(applications.update(actor, new ApplicationId(id), body.version(), body.proposal(), body.requestedIdr()));
	}

	@PostMapping("/api/v1/applications/{id}/submit")
	ApplicationResponse submit(@PathVariable long id, Actor actor) {
		return response(applications.submit(actor, new ApplicationId(id)));
	}

	@PostMapping("/api/v1/applications/{id}/withdraw")
	ApplicationResponse withdraw(@PathVariable long id, Actor actor) {
		return response(applications.withdraw(actor, new ApplicationId(id)));
	}

	@PostMapping("/api/v1/applications/{id}/verify")
	ApplicationResponse verify(@PathVariable long id, @RequestBody ApplicationRequests.Verify body, Actor actor) {
		return response(applications.verify(actor, new ApplicationId(id), body.toChecklist()));
	}

	@PostMapping("/api/v1/applications/{id}/approve")
	ApplicationResponse approve(@PathVariable long id, @RequestBody(required = false) ApplicationRequests.Approve body,
			Actor actor) {
		return response(applications.approve(actor, new ApplicationId(id), body == null ? null : body.amountIdr()));
	}

	@PostMapping("/api/v1/applications/{id}/reject")
	ApplicationResponse reject(@PathVariable long id, @RequestBody ApplicationRequests.Reject body, Actor actor) {
		return response(applications.reject(actor, new ApplicationId(id), body.reason()));
	}

	/** Back to the applicant for correction; without a reason, 400 naming the field {@code reason}. */
	@PostMapping("/api/v1/applications/{id}/return")
	ApplicationResponse returnForCorrection(@PathVariable long id,
			@RequestBody(required = false) ApplicationRequests.ReturnForCorrection body, Actor actor) {
		return response(applications.returnForCorrection(actor, new ApplicationId(id), body == null ? null : body.reason()));
	}

	@PostMapping("/api/v1/applications/{id}/realise")
	ApplicationResponse realise(@PathVariable long id, @RequestBody ApplicationRequests.Realise body, Actor actor) {
		return response(applications.realise(actor, new ApplicationId(id), body.realisedOn(), body.amountIdr(), body.note()));
	}

	@PostMapping("/api/v1/applications/{id}/close")
	ApplicationResponse close(@PathVariable long id, Actor actor) {
		return response(applications.close(actor, new ApplicationId(id)));
	}

	@PostMapping("/api/v1/applications/batch/verify")
	List<BatchResult> verifyAll(@RequestBody ApplicationRequests.Batch body, Actor actor, Locale locale) {
		ApplicationRequests.Verify checklist = body.checklist() == null
				? new ApplicationRequests.Verify(false, false, false, false, null) : body.checklist();
		return results(batch.verifyAll(actor, body.ids(), checklist.toChecklist()), locale);
	}

	@PostMapping("/api/v1/applications/batch/approve")
	List<BatchResult> approveAll(@RequestBody ApplicationRequests.Batch body, Actor actor, Locale locale) {
		return results(batch.approveAll(actor, body.ids()), locale);
	}

	/** Ineligible: 422 listing every failed rule in plain words, beside the usual problem fields. */
	@ExceptionHandler(NotEligibleException.class)
	ProblemDetail notEligible(NotEligibleException e, Locale locale) {
		return RuleProblems.withReasons(e, eligibilityMessages.response(e.reasons(), locale).reasons(), messages, locale);
	}

	/** One outcome of a batch, with the refusal in the reader's language. */
	record BatchResult(long id, boolean done, String status, String message) {
	}

	private List<BatchResult> results(List<BatchOutcome> outcomes, Locale locale) {
		return outcomes.stream()
			.map(o -> new BatchResult(o.applicationId(), o.done(), o.status() == null ? null : o.status().name(),
					o.done() ? null : messages.getMessage(o.messageKey(), o.arguments().toArray(), locale)))
			.toList();
	}

	private ApplicationResponse response(Application application) {
		return ApplicationResponse.of(application, applications.programmeOf(application));
	}
}
