package id.canting.programme.participation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.programme.participation.internal.ProgrammeParticipants;
import id.canting.programme.participation.internal.ProgrammeSession;
import id.canting.programme.participation.internal.ProgrammeSessions;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

import io.swagger.v3.oas.annotations.tags.Tag;

/** The sessions of a training or assistance programme: {@code /api/v1/programmes/{code}/sessions}, by number. */
@RestController
@Tag(name = "Programme sessions", description = "The sessions of a training programme")
@RequestMapping("/api/v1/programmes/{code}/sessions")
class SessionApiController {

	private final ProgrammeSessions sessions;
	private final ProgrammeParticipants participants;

	SessionApiController(ProgrammeSessions sessions, ProgrammeParticipants participants) {
		this.sessions = sessions;
		this.participants = participants;
	}

	@GetMapping
	PageResponse<SessionResponse> list(@PathVariable String code, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Actor actor) {
		PageRequest request = PageRequest.of(page, size, null, Set.of(), "number");
		List<ProgrammeSession> all = sessions.sessions(actor, code);
		LocalDate today = participants.today();
		List<SessionResponse> content = all.stream()
			.skip(request.offset())
			.limit(request.size())
			.map(s -> SessionResponse.of(s, today))
			.toList();
		return PageResponse.of(content, request, all.size());
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<SessionResponse> add(@PathVariable String code, @RequestBody SessionRequest request, Actor actor) {
		ProgrammeSession session = sessions.add(actor, code, request.toInput());
		return ResponseEntity
			.created(URI.create("/api/v1/programmes/" + code.toUpperCase(java.util.Locale.ROOT) + "/sessions/"
					+ session.number()))
			.body(SessionResponse.of(session, participants.today()));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{number}")
	ResponseEntity<Void> remove(@PathVariable String code, @PathVariable int number, Actor actor) {
		sessions.remove(actor, code, number);
		return ResponseEntity.noContent().build();
	}
}
