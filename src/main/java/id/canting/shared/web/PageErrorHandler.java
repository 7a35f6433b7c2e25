package id.canting.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

import id.canting.shared.ConflictException;
import id.canting.shared.DomainException;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.RuleRefusedException;
import id.canting.shared.jdbc.StoredValueRefusedException;

/**
 * Refusals on pages become a friendly page in the user's language. Forms handle their own
 * {@link InvalidInputException} inline; this catches what reaches beyond them (a bad filter value
 * in a link, a record that no longer exists).
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NotFoundException e) {
		return page(e, 404);
	}

	@ExceptionHandler(RuleRefusedException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	ModelAndView refused(RuleRefusedException e) {
		return page(e, 422);
	}

	@ExceptionHandler(ForbiddenException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	ModelAndView forbidden(ForbiddenException e) {
		return page(e, 403);
	}

	@ExceptionHandler(ConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView conflict(ConflictException e) {
		return page(e, 409);
	}

	@ExceptionHandler(InvalidInputException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView invalid(InvalidInputException e) {
		ModelAndView page = page(e, 400);
		page.addObject("violations", e.violations());
		return page;
	}

	/** A value the database cannot store (too long, NUL) that no form rule caught. */
	@ExceptionHandler(StoredValueRefusedException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView storedValueRefused(StoredValueRefusedException e) {
		return invalid(new InvalidInputException(e.violations()));
	}

	private static ModelAndView page(DomainException e, int status) {
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status);
		page.addObject("messageKey", e.messageKey());
		page.addObject("messageArguments", e.arguments());
		return page;
	}
}
