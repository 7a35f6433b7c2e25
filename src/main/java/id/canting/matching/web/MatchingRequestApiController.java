package id.canting.matching.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.EventCode;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MeetingRequestId;
import id.canting.matching.internal.MeetingRequest;
import id.canting.matching.internal.MeetingRequests;
import id.canting.shared.Actor;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Meeting requests: send, list a participant's (or, for the organiser, all of the event's), accept
 * (which makes the meeting), decline, withdraw. A refused rule is a 422 problem naming the field and the
 * rule ({@code field}, {@code rule}); an open request for the same pair is a 409.
 */
@RestController
@Tag(name = MatchingApiTag.NAME)
class MatchingRequestApiController {

	private final MeetingRequests requests;
	private final Clock clock;

	MatchingRequestApiController(MeetingRequests requests, Clock clock) {
		this.requests = requests;
		this.clock = clock;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/events/{code}/matching/requests")
	ResponseEntity<CoreApiViews.RequestView> send(@PathVariable String code, @RequestBody CoreApiBodies.SendBody body,
			Actor actor) {
		MeetingRequest r = requests.send(actor, EventCode.of(code),
				body.from() == null ? null : new MatchingParticipantId(body.from()),
				body.to() == null ? null : new MatchingParticipantId(body.to()), body.preference(), body.message());
		return ResponseEntity
			.created(URI.create("/api/v1/events/" + EventCode.of(code) + "/matching/requests/" + r.id().value()))
			.body(CoreApiViews.RequestView.of(r, clock.instant()));
	}

	/** One participant's requests sent and received; without {@code participant}, the organiser's list of all. */
	@GetMapping("/api/v1/events/{code}/matching/requests")
	CoreApiViews.InboxView list(@PathVariable String code, @RequestParam(required = false) Long participant,
			Actor actor) {
		if (participant == null) {
			return new CoreApiViews.InboxView(views(requests.all(actor, EventCode.of(code))), List.of());
		}
		MeetingRequests.Inbox inbox = requests.inbox(actor, new MatchingParticipantId(participant));
		return new CoreApiViews.InboxView(views(inbox.sent()), views(inbox.received()));
	}

	@PostMapping("/api/v1/events/{code}/matching/requests/{id}/accept")
	CoreApiViews.MeetingView accept(@PathVariable String code, @PathVariable long id,
			@RequestBody(required = false) CoreApiBodies.NoteBody body, Actor actor) {
		return CoreApiViews.MeetingView
			.of(requests.accept(actor, new MeetingRequestId(id), body == null ? null : body.note()));
	}

	@PostMapping("/api/v1/events/{code}/matching/requests/{id}/decline")
	CoreApiViews.RequestView decline(@PathVariable String code, @PathVariable long id,
			@RequestBody(required = false) CoreApiBodies.NoteBody body, Actor actor) {
		return CoreApiViews.RequestView.of(
				requests.decline(actor, new MeetingRequestId(id), body == null ? null : body.note()), clock.instant());
	}

	@PostMapping("/api/v1/events/{code}/matching/requests/{id}/withdraw")
	CoreApiViews.RequestView withdraw(@PathVariable String code, @PathVariable long id, Actor actor) {
		return CoreApiViews.RequestView.of(requests.withdraw(actor, new MeetingRequestId(id)), clock.instant());
	}

	private List<CoreApiViews.RequestView> views(List<MeetingRequest> list) {
		return list.stream().map(r -> CoreApiViews.RequestView.of(r, clock.instant())).toList();
	}
}
