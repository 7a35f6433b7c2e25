package id.canting.matching.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.EventCode;
import id.canting.matching.internal.agenda.MeetingGrids;
import id.canting.shared.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/events/{code}/matching/grid}: the organisers' grid of the schedule (ADMIN). */
@RestController
@Tag(name = AgendaApiController.TAG)
class GridApiController {

	private final MeetingGrids grids;

	GridApiController(MeetingGrids grids) {
		this.grids = grids;
	}

	@Operation(summary = "The schedule's grid", description = "Per business-matching session, a row per slot with a "
			+ "cell per numbered table (its meeting, buyer × seller, or null when free) and the meetings at sellers' "
			+ "booths in that slot, by booth; then the accepted meetings not placed (must-meet first). Organisers only.")
	@GetMapping("/api/v1/events/{code}/matching/grid")
	AgendaResponses.GridResponse grid(@PathVariable String code, Actor actor, Locale locale) {
		return AgendaResponses.GridResponse.of(grids.grid(actor, EventCode.of(code)), "en".equals(locale.getLanguage()));
	}
}
