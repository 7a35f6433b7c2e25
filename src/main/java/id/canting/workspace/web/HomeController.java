package id.canting.workspace.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.canting.shared.Actor;
import id.canting.workspace.Workspace;

/** The signed-in person's home, where sign-in leads (the public's start stays the national dashboard). */
@Controller
class HomeController {

	private final Workspace workspace;

	HomeController(Workspace workspace) {
		this.workspace = workspace;
	}

	@GetMapping("/home")
	String home(Actor actor, Locale locale, Model model) {
		model.addAttribute("home", workspace.home(actor, locale));
		return "workspace/home";
	}
}
