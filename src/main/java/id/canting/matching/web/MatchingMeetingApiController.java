package id.canting.matching.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MeetingId;
import id.canting.matching.internal.MeetingRequests;
import id.canting.shared.Actor;

import io.swagger.v3.oas.annotations.tags.Tag;

/** A participant's meetings, and cancelling one (either side or the organiser). */
@RestController
@Tag(name = MatchingApiTag.NAME)
class MatchingMeetingApiController {

	private final MeetingRequests requests;

	MatchingMeetingApiController(MeetingRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/api/v1/events/{code}/matching/meetings")
	List<CoreApiViews.MeetingView> list(@PathVariable String code, @RequestParam long participant, Actor actor) {
		return requests.meetings(actor, new MatchingParticipantId(participant)).stream()
			.map(CoreApiViews.MeetingView::of)
			.toList();
	}

	@PostMapping("/api/v1/events/{code}/matching/meetings/{id}/cancel")
	CoreApiViews.MeetingView cancel(@PathVariable String code, @PathVariable long id, Actor actor) {
		return CoreApiViews.MeetingView.of(requests.cancelMeeting(actor, new MeetingId(id)));
	}
}
