package id.canting.account.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles the POST. */
@Controller
class LoginController {

	private final MessageSource messages;

	LoginController(MessageSource messages) {
		this.messages = messages;
	}

	/** {@code retryAfter}: the seconds a throttled sign-in must wait (see LoginFailureHandler). */
	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) Long retryAfter,
			Locale locale, Model model) {
		if (error != null) {
			model.addAttribute("loginError", switch (error) {
				case "throttled" -> "login.error.throttled";
				case "disabled" -> "login.error.disabled";
				default -> "login.error.bad";
			});
			model.addAttribute("wait", LoginWait.text(retryAfter == null ? 1 : retryAfter, messages, locale));
		}
		return "account/login";
	}
}
