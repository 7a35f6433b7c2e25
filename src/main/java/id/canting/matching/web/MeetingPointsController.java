package id.canting.matching.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.canting.event.EventCode;
import id.canting.matching.internal.agenda.MeetingPoints;

/** The public page of an event's meeting points: sellers who meet buyers at their booth, by booth. */
@Controller
class MeetingPointsController {

	private final MeetingPoints points;

	MeetingPointsController(MeetingPoints points) {
		this.points = points;
	}

	@GetMapping("/events/{code}/matching/meeting-points")
	String points(@PathVariable String code, Model model) {
		EventCode eventCode = EventCode.of(code);
		model.addAttribute("event", points.event(eventCode));
		model.addAttribute("points", points.of(eventCode));
		return "matching/agenda-meeting-points";
	}
}
