package id.canting.shared.web;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An upload over the size limit is refused before any controller is chosen, so this advice applies
 * to every request: 413 with Problem Details for the API, the error page for pages.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

	private final MessageSource messages;
	private final String limit;

	UploadLimitHandler(MessageSource messages,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
		this.messages = messages;
		this.limit = maxFileSize.toMegabytes() + " MB";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		var locale = LocaleContextHolder.getLocale();
		String detail = messages.getMessage("problem.too-large.detail", new Object[] { limit }, locale);
		if (request.getRequestURI().startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
			problem.setType(URI.create("urn:canting:problem:too-large"));
			problem.setTitle(messages.getMessage("problem.too-large.title", null, locale));
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		ModelAndView page = new ModelAndView("error", HttpStatus.CONTENT_TOO_LARGE);
		page.addObject("status", 413);
		page.addObject("messageKey", "problem.too-large.detail");
		page.addObject("messageArguments", new Object[] { limit });
		return page;
	}
}
