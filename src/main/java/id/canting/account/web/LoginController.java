package id.canting.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles the POST. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) Long minutes,
			Model model) {
		if (error != null) {
			model.addAttribute("loginError", switch (error) {
				case "throttled" -> "login.error.throttled";
				case "disabled" -> "login.error.disabled";
				default -> "login.error.bad";
			});
			model.addAttribute("minutes", minutes == null ? 15 : minutes);
		}
		return "account/login";
	}
}
