package id.canting.development.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.development.internal.DevelopmentView;
import id.canting.development.internal.RevitalisationProject;
import id.canting.development.internal.SentraDevelopment;
import id.canting.development.internal.SentraLocation;
import id.canting.development.internal.SentraNeed;
import id.canting.registry.SentraId;
import id.canting.shared.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A sentra's development for other systems: {@code /api/v1/sentra/{id}/...} — facilities (read, replace),
 * the whole development (score, parts, weights, facilities, needs, projects, members' capacity), the
 * location, needs and projects. Officers and admins read; the sentra's province's officer or an admin writes.
 */
@RestController
@Tag(name = "Sentra development", description = "Facilities, needs, revitalisation projects and the development score of a sentra")
@RequestMapping("/api/v1/sentra/{id}")
class DevelopmentApiController {

	private final SentraDevelopment development;

	DevelopmentApiController(SentraDevelopment development) {
		this.development = development;
	}

	@GetMapping("/facilities")
	SentraFacilitiesResponse facilities(@PathVariable long id, Actor actor) {
		return new SentraFacilitiesResponse(id, development.facilities(actor, new SentraId(id)));
	}

	@PutMapping("/facilities")
	SentraFacilitiesResponse replaceFacilities(@PathVariable long id, @RequestBody FacilitiesRequest request, Actor actor) {
		return new SentraFacilitiesResponse(id, development.replaceFacilities(actor, new SentraId(id), request.lines()));
	}

	@GetMapping("/development")
	DevelopmentView development(@PathVariable long id, Actor actor) {
		return development.view(actor, new SentraId(id));
	}

	@PutMapping("/location")
	SentraLocation location(@PathVariable long id, @RequestBody LocationRequest request, Actor actor) {
		return development.setLocation(actor, new SentraId(id), request.latitude(), request.longitude());
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/needs")
	SentraNeed listNeed(@PathVariable long id, @RequestBody NeedRequest request, Actor actor) {
		return development.listNeed(actor, new SentraId(id), request.description(), request.priority());
	}

	@PostMapping("/needs/{needId}/met")
	SentraNeed needMet(@PathVariable long id, @PathVariable long needId, Actor actor) {
		return development.markNeedMet(actor, new SentraId(id), needId);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/projects")
	RevitalisationProject recordProject(@PathVariable long id, @RequestBody ProjectRequest request, Actor actor) {
		return development.recordProject(actor, new SentraId(id), request.input());
	}
}
