package id.canting.readiness.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.readiness.internal.Questionnaire;
import id.canting.readiness.internal.QuestionnaireInput;
import id.canting.readiness.internal.Questionnaires;
import id.canting.readiness.web.ReadinessResponses.ReadinessQuestionnaireSummary;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The readiness questionnaire versions: everyone signed in reads them; admins create a version (whole,
 * or {@code ?from={id}} as a copy), change one no assessment used, and publish it.
 */
@RestController
@Tag(name = "Readiness questionnaires", description = "Versioned INDI 4.0-style questionnaires: pillars, questions, levels, next steps")
@RequestMapping("/api/v1/readiness/questionnaires")
class QuestionnaireApiController {

	private final Questionnaires questionnaires;

	QuestionnaireApiController(Questionnaires questionnaires) {
		this.questionnaires = questionnaires;
	}

	@GetMapping
	PageResponse<ReadinessQuestionnaireSummary> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageRequest request = PageRequest.of(page, size, null, java.util.Set.of(), "version");
		return PageResponse.slice(questionnaires.all().stream().map(ReadinessQuestionnaireSummary::of).toList(), request);
	}

	@GetMapping("/{id}")
	Questionnaire one(@PathVariable long id) {
		return questionnaires.questionnaire(id);
	}

	@Operation(summary = "Create a draft version: the whole questionnaire as JSON, or a copy of version ?from={id} (no body)")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<Questionnaire> create(@RequestParam(required = false) Long from,
			@RequestBody(required = false) QuestionnaireInput input, Actor actor) {
		Questionnaire created;
		if (from != null) {
			created = questionnaires.copy(actor, from);
		}
		else if (input == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("questionnaire", "validation.required")));
		}
		else {
			created = questionnaires.create(actor, input);
		}
		return ResponseEntity.created(URI.create("/api/v1/readiness/questionnaires/" + created.id())).body(created);
	}

	@Operation(summary = "Replace a version's contents while no assessment used it (409 otherwise: create a new version)")
	@PutMapping("/{id}")
	Questionnaire update(@PathVariable long id, @RequestParam(required = false) Integer rowVersion,
			@RequestBody QuestionnaireInput input, Actor actor) {
		return questionnaires.update(actor, id, rowVersion, input);
	}

	@PostMapping("/{id}/publish")
	Questionnaire publish(@PathVariable long id, Actor actor) {
		return questionnaires.publish(actor, id);
	}
}
