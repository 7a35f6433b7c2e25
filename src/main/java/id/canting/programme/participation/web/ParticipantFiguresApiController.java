package id.canting.programme.participation.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.programme.participation.ParticipantFigures.ParticipantSummary;
import id.canting.programme.participation.ParticipantFigures;
import id.canting.shared.Actor;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/programmes/participant-figures?year=2024} (optionally {@code &programme=CODE}):
 * participants, women, provinces, prison units reached and attendance rate, for the programme
 * dashboard. Counts only, no personal data, so open to everyone like the catalogue.
 */
@RestController
@Tag(name = "Programme figures", description = "Dashboards, participant figures and impact reports of programmes")
class ParticipantFiguresApiController {

	private final ParticipantFigures figures;

	ParticipantFiguresApiController(ParticipantFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/v1/programmes/participant-figures")
	ParticipantSummary figures(@RequestParam int year, @RequestParam(required = false) String programme,
			Actor actor) {
		return figures.of(actor, year, programme);
	}
}
