package id.canting.programme.impact.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.programme.impact.internal.ProgrammeDashboards;
import id.canting.shared.Actor;

/**
 * The programme dashboard of a year, for ministry staff and provincial officers: budget against
 * committed and realised, beneficiaries by province and type, women owners and prison units reached;
 * every chart drawn from the table beneath it.
 */
@Controller
class ProgrammeDashboardController {

	private final ProgrammeDashboards dashboards;

	ProgrammeDashboardController(ProgrammeDashboards dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/programmes/dashboard")
	String dashboard(@RequestParam(required = false) Integer year, Actor actor, Model model) {
		model.addAttribute("dashboard", dashboards.dashboard(actor, year));
		return "programme/dashboard";
	}
}
