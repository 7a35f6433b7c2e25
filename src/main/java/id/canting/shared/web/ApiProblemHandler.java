package id.canting.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import id.canting.shared.ConflictException;
import id.canting.shared.DomainException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.RuleRefusedException;
import id.canting.shared.jdbc.StoredValueRefusedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where refusals become RFC 9457 Problem Details for {@code /api/v1}: the title and
 * detail come from the message bundles in the caller's language, and validation problems list
 * every broken field rule as {@code errors: [{field, message}]}. Never a stack trace or SQL.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException e) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "problem.invalid-input.title",
				text("problem.invalid-input.detail"));
		problem.setProperty("errors", e.violations().stream().map(this::error).toList());
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "problem.not-found.title", text(e));
	}

	@ExceptionHandler(RuleRefusedException.class)
	ProblemDetail ruleRefused(RuleRefusedException e) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-refused", "problem.rule-refused.title",
				text(e));
		e.properties().forEach(problem::setProperty);
		return problem;
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException e) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "problem.forbidden.title", text(e));
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflict", "problem.conflict.title", text(e));
		e.properties().forEach(problem::setProperty);
		return problem;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleVersion(OptimisticLockingFailureException e) {
		return problem(HttpStatus.CONFLICT, "conflict", "problem.conflict.title", text("problem.stale-version"));
	}

	/** A race the service checks could not see (two requests inserting the same NIB at once). */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException e) {
		return problem(HttpStatus.CONFLICT, "conflict", "problem.conflict.title", text("problem.integrity"));
	}

	/** A value the database cannot store (too long, NUL) that no rule caught: the request's fault, not a conflict. */
	@ExceptionHandler(StoredValueRefusedException.class)
	ProblemDetail storedValueRefused(StoredValueRefusedException e) {
		return invalidInput(new InvalidInputException(e.violations()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		return fieldProblem(e.getName(), "validation.type-mismatch", String.valueOf(e.getValue()));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(fieldProblem(e.getParameterName(), "validation.required"));
	}

	/**
	 * A query record bound with {@code @ModelAttribute} (the IKM filter) refuses a value that does not fit
	 * its type as {@code @RequestParam} does: naming the parameter and the value. Other binding problems
	 * keep Spring's answer.
	 */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldViolation> mismatches = e.getFieldErrors().stream()
			.filter(error -> error.contains(TypeMismatchException.class))
			.map(error -> FieldViolation.of(error.getField(), "validation.type-mismatch",
					String.valueOf(error.getRejectedValue())))
			.toList();
		if (mismatches.isEmpty() || mismatches.size() != e.getErrorCount()) {
			return super.handleMethodArgumentNotValid(e, headers, status, request);
		}
		return ResponseEntity.badRequest().body(invalidInput(new InvalidInputException(mismatches)));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = mismatch.getPath().stream()
				.map(JacksonException.Reference::getPropertyName)
				.filter(name -> name != null)
				.reduce((a, b) -> a + "." + b)
				.orElse("body");
			return ResponseEntity.badRequest().body(fieldProblem(field, "validation.wrong-type"));
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "unreadable", "problem.unreadable.title",
				text("problem.unreadable.detail")));
	}

	private ProblemDetail fieldProblem(String field, String key, Object... args) {
		return invalidInput(new InvalidInputException(List.of(FieldViolation.of(field, key, args))));
	}

	private ProblemDetail problem(HttpStatus status, String type, String titleKey, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:canting:problem:" + type));
		problem.setTitle(text(titleKey));
		return problem;
	}

	private Map<String, String> error(FieldViolation violation) {
		return Map.of("field", violation.field(), "message", messages.getMessage(violation.messageKey(),
				violation.arguments().toArray(), violation.messageKey(), LocaleContextHolder.getLocale()));
	}

	private String text(DomainException e) {
		return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
