package id.canting.programme.participation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.programme.ParticipantId;
import id.canting.programme.participation.internal.AttendanceCertificates;
import id.canting.programme.participation.internal.Participant;
import id.canting.programme.participation.internal.ProgrammeParticipants;
import id.canting.programme.participation.internal.ProgrammeSession;
import id.canting.programme.participation.internal.ProgrammeSessions;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import id.canting.shared.web.FileDownload;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The participants of a training or assistance programme, their attendance and certificates:
 * {@code /api/v1/programmes/{code}/participants}, each list cut to what the caller may see.
 */
@RestController
@Tag(name = "Programme participants", description = "Participants of training programmes, their attendance and certificates")
@RequestMapping("/api/v1/programmes/{code}/participants")
class ParticipantApiController {

	private final ProgrammeParticipants participants;
	private final ProgrammeSessions sessions;
	private final AttendanceCertificates certificates;

	ParticipantApiController(ProgrammeParticipants participants, ProgrammeSessions sessions,
			AttendanceCertificates certificates) {
		this.participants = participants;
		this.sessions = sessions;
		this.certificates = certificates;
	}

	@GetMapping
	PageResponse<ParticipantResponse> list(@PathVariable String code, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort, Actor actor) {
		PageRequest request = PageRequest.of(page, size, sort, ProgrammeParticipants.SORTS.keySet(), "number");
		PageResponse<Participant> found = participants.participants(actor, code, request);
		List<ProgrammeSession> all = sessions.sessions(actor, code);
		LocalDate today = participants.today();
		return found.map(p -> ParticipantResponse.of(p, all, today, canonical(code)));
	}

	@GetMapping("/{id}")
	ParticipantResponse get(@PathVariable String code, @PathVariable long id, Actor actor) {
		return response(participants.participant(actor, code, new ParticipantId(id)), code, actor);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<ParticipantResponse> enrol(@PathVariable String code, @RequestBody ParticipantRequest request,
			Actor actor) {
		Participant participant = participants.enrol(actor, code, request.toInput());
		return ResponseEntity
			.created(URI.create("/api/v1/programmes/" + canonical(code) + "/participants/" + participant.id().value()))
			.body(response(participant, code, actor));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/{id}")
	ResponseEntity<Void> remove(@PathVariable String code, @PathVariable long id, Actor actor) {
		participants.remove(actor, code, new ParticipantId(id));
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{id}/attendance")
	ParticipantResponse attendance(@PathVariable String code, @PathVariable long id,
			@RequestBody AttendanceRequest request, Actor actor) {
		return response(participants.recordAttendance(actor, code, new ParticipantId(id), request.bySession()), code,
				actor);
	}

	@FileDownload(FileDownload.PDF)
	@GetMapping("/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable String code, @PathVariable long id,
			@RequestParam(required = false) String lang, Actor actor, Locale locale) {
		return CertificateDownload.of(certificates, actor, code, id, lang, locale);
	}

	private ParticipantResponse response(Participant participant, String code, Actor actor) {
		return ParticipantResponse.of(participant, sessions.sessions(actor, code), participants.today(), canonical(code));
	}

	private static String canonical(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}
}
