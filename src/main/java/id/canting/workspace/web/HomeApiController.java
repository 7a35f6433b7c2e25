package id.canting.workspace.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import id.canting.shared.Actor;
import id.canting.workspace.Home;
import id.canting.workspace.Workspace;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's home as data: the same counts and items the home page shows, in the Accept-Language. */
@RestController
@Tag(name = "My work", description = "What waits for the caller: counts with their queues, and the items they follow")
class HomeApiController {

	private final Workspace workspace;

	HomeApiController(Workspace workspace) {
		this.workspace = workspace;
	}

	/**
	 * The caller's home: an officer's open work in their province, an owner's businesses, reports due,
	 * applications and certificates, the assessor's certification queue with service-level flags, an
	 * admin's approvals waiting, budget absorbed and alerts, a buyer's shortcuts.
	 */
	@GetMapping("/api/v1/home")
	Home home(Actor actor, Locale locale) {
		return workspace.home(actor, locale);
	}
}
