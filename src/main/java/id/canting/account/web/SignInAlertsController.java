package id.canting.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.canting.account.SignInAlerts;
import id.canting.shared.Actor;

/**
 * The alert on the admins' home page: accounts someone tried to sign in to too often lately, each
 * linking to its sign-ins in the audit trail. A fragment the dashboard loads for admins only, so the
 * dashboard itself needs nothing from this module.
 */
@Controller
class SignInAlertsController {

	private final SignInAlerts alerts;

	SignInAlertsController(SignInAlerts alerts) {
		this.alerts = alerts;
	}

	@GetMapping("/admin/sign-in-alerts")
	String alerts(Actor actor, Model model) {
		model.addAttribute("alerts", alerts.recent(actor));
		return "account/sign-in-alerts :: alerts";
	}
}
