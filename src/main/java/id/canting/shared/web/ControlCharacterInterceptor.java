package id.canting.shared.web;

import java.util.List;

import org.springframework.web.servlet.HandlerInterceptor;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The fields of a multipart request, once Spring MVC has parsed it (after security): a control
 * character is refused like in any other field, through the usual Problem Details or error page.
 */
class ControlCharacterInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (ControlCharacterFilter.isMultipart(request)) {
			String field = ControlCharacterFilter.parameterWithControlCharacter(request.getParameterMap());
			if (field != null) {
				throw new InvalidInputException(
						List.of(FieldViolation.of(ControlCharacters.printable(field), ControlCharacters.RULE)));
			}
		}
		return true;
	}
}
