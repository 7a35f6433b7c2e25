package id.canting.matching.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.canting.event.EventCode;
import id.canting.matching.internal.agenda.MeetingGrids;
import id.canting.shared.Actor;

/** The organisers' grid of the schedule: per session, slots by tables and booths; unplaced meetings below. */
@Controller
class GridPageController {

	private final MeetingGrids grids;

	GridPageController(MeetingGrids grids) {
		this.grids = grids;
	}

	@GetMapping("/admin/events/{code}/matching/grid")
	String grid(@PathVariable String code, Actor actor, Model model) {
		var grid = grids.grid(actor, EventCode.of(code));
		model.addAttribute("grid", grid);
		model.addAttribute("event", grid.event());
		return "matching/agenda-grid";
	}
}
