package id.canting.programme.impact.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.programme.impact.internal.ProgrammeDashboard;
import id.canting.programme.impact.internal.ProgrammeDashboards;
import id.canting.shared.Actor;

import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/programmes/dashboard?year=2024}: the programme dashboard's figures, for ADMIN and OFFICER. */
@RestController
@Tag(name = "Programme figures", description = "Dashboards, participant figures and impact reports of programmes")
class ProgrammeDashboardApiController {

	private final ProgrammeDashboards dashboards;

	ProgrammeDashboardApiController(ProgrammeDashboards dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/api/v1/programmes/dashboard")
	ProgrammeDashboard dashboard(@RequestParam(required = false) Integer year, Actor actor) {
		return dashboards.dashboard(actor, year);
	}
}
