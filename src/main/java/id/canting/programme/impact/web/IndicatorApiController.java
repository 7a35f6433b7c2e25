package id.canting.programme.impact.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.canting.programme.IndicatorPhase;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.impact.internal.IndicatorManagement;
import id.canting.shared.Actor;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A beneficiary's baseline and follow-up indicators for other systems:
 * {@code GET /api/v1/applications/{id}/indicators} and
 * {@code PUT /api/v1/applications/{id}/indicators/{baseline|follow-up}}.
 */
@RestController
@Tag(name = "Programme indicators", description = "A programme's indicators, targets and realisation")
class IndicatorApiController {

	private final IndicatorManagement indicators;

	IndicatorApiController(IndicatorManagement indicators) {
		this.indicators = indicators;
	}

	@GetMapping("/api/v1/applications/{id}/indicators")
	IndicatorResponse get(@PathVariable long id, Actor actor) {
		return IndicatorResponse.of(indicators.indicators(actor, new ApplicationId(id)));
	}

	@PutMapping("/api/v1/applications/{id}/indicators/{phase}")
	IndicatorResponse record(@PathVariable long id, @PathVariable String phase, @RequestBody IndicatorRequest body,
			Actor actor) {
		return IndicatorResponse.of(
				indicators.record(actor, new ApplicationId(id), IndicatorPhase.parse(phase), body.toInput(), body.version()));
	}
}
