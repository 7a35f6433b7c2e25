package id.canting.event.exhibitor.web;

import java.net.URI;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.EventCode;
import id.canting.event.exhibitor.internal.Criterion;
import id.canting.event.exhibitor.internal.Curation;
import id.canting.event.exhibitor.internal.CurationCriteria;
import id.canting.event.exhibitor.internal.CurationInfeasibleException;
import id.canting.event.exhibitor.internal.CurationViolationsException;
import id.canting.event.exhibitor.internal.Proposal;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.NotFoundException;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Curation of an event's exhibitors (admins): the criteria's weights, a proposal under constraints (422
 * with each shortfall when they cannot be met), a check of a changed selection, and publishing it.
 */
@RestController
@Tag(name = ExhibitorApiController.TAG)
class CurationApiController {

	private final Curation curation;
	private final CurationCriteria criteria;
	private final CurationTexts texts;
	private final MessageSource messages;

	CurationApiController(Curation curation, CurationCriteria criteria, CurationTexts texts, MessageSource messages) {
		this.curation = curation;
		this.criteria = criteria;
		this.texts = texts;
		this.messages = messages;
	}

	@GetMapping("/api/v1/events/{code}/curation/criteria")
	Map<Criterion, Integer> criteria(@PathVariable String code) {
		return criteria.weights(EventCode.of(code));
	}

	@PutMapping("/api/v1/events/{code}/curation/criteria")
	Map<Criterion, Integer> setCriteria(@PathVariable String code, @RequestBody ExhibitorRequests.Weights body,
			Actor actor) {
		return criteria.set(actor, EventCode.of(code), body.weights());
	}

	@PostMapping("/api/v1/events/{code}/curation/proposals")
	ExhibitorResponses.Proposal propose(@PathVariable String code, @RequestBody ExhibitorRequests.Constraints body,
			Actor actor) {
		Curation.Result result = curation.propose(actor, EventCode.of(code), body.toConstraints());
		Proposal p = result.proposal();
		return new ExhibitorResponses.Proposal(p.selected().stream().map(ExhibitorResponses.Selected::of).toList(),
				p.totalScore(), p.optimal(), p.bound(), p.solverStatus(), p.millis(), result.unscored(),
				p.leftOut().stream().map(l -> new ExhibitorResponses.LeftOut(l.applicant().id(), l.applicant().ikmName(),
						l.applicant().score(), l.reason(), texts.reason(l))).toList());
	}

	@PostMapping("/api/v1/events/{code}/curation/checks")
	ExhibitorResponses.Check check(@PathVariable String code, @RequestBody ExhibitorRequests.Selection body, Actor actor) {
		return new ExhibitorResponses.Check(curation
			.check(actor, EventCode.of(code), body.requiredConstraints(), body.requiredSelected()).stream()
			.map(v -> new ExhibitorResponses.Violation(v.constraint(), texts.violation(v))).toList());
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/events/{code}/curation/selection")
	ResponseEntity<Curation.Published> publish(@PathVariable String code,
			@RequestBody ExhibitorRequests.Selection body, Actor actor) {
		Curation.Published published = curation.publish(actor, EventCode.of(code), body.requiredConstraints(),
				body.requiredSelected());
		return ResponseEntity
			.created(URI.create("/api/v1/events/" + EventCode.of(code) + "/curation/selection")).body(published);
	}

	@GetMapping("/api/v1/events/{code}/curation/selection")
	Curation.Published published(@PathVariable String code, Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("exhibitor.forbidden.curator");
		}
		return curation.published(EventCode.of(code))
			.orElseThrow(() -> new NotFoundException("exhibitor.curation.not-published", code));
	}

	/** Which constraints cannot be met and by how much, each as {@code errors[{field, message}]}. */
	@ExceptionHandler(CurationInfeasibleException.class)
	ProblemDetail infeasible(CurationInfeasibleException e) {
		ProblemDetail problem = refused(e.messageKey(), e.arguments());
		problem.setProperty("errors", e.shortfalls().stream()
			.map(s -> Map.of("field", s.constraint(), "message", texts.shortfall(s))).toList());
		problem.setProperty("shortfalls", e.shortfalls());
		return problem;
	}

	/** Every constraint a selection to publish breaks, as {@code errors[{field, message}]}. */
	@ExceptionHandler(CurationViolationsException.class)
	ProblemDetail violations(CurationViolationsException e) {
		ProblemDetail problem = refused(e.messageKey(), e.arguments());
		problem.setProperty("errors", e.violations().stream()
			.map(v -> Map.of("field", v.constraint(), "message", texts.violation(v))).toList());
		return problem;
	}

	private ProblemDetail refused(String key, Object[] arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
		problem.setType(URI.create("urn:canting:problem:rule-refused"));
		problem.setTitle(messages.getMessage("problem.rule-refused.title", null, LocaleContextHolder.getLocale()));
		return problem;
	}
}
