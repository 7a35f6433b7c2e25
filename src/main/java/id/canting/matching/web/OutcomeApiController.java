package id.canting.matching.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.EventCode;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MeetingId;
import id.canting.matching.internal.outcome.MatchingDay;
import id.canting.matching.internal.outcome.Outcomes;
import id.canting.matching.internal.outcome.ReportedOutcome;
import id.canting.matching.web.OutcomeRequests.AttendanceRequest;
import id.canting.matching.web.OutcomeRequests.OutcomeRequest;
import id.canting.matching.web.OutcomeRequests.WalkInRequest;
import id.canting.matching.web.OutcomeResponses.CheckInResponse;
import id.canting.matching.web.OutcomeResponses.DayMeetingResponse;
import id.canting.matching.web.OutcomeResponses.OutcomeResponse;
import id.canting.shared.Actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The business matching on the day and after: check-in at the desk (organisers), a side's mark of a
 * meeting (held or no-show), walk-in meetings, and the outcomes both sides report at each checkpoint.
 */
@RestController
@Tag(name = MatchingApiTag.NAME)
class OutcomeApiController {

	private final MatchingDay day;
	private final Outcomes outcomes;

	OutcomeApiController(MatchingDay day, Outcomes outcomes) {
		this.day = day;
		this.outcomes = outcomes;
	}

	@Operation(summary = "Check a participant in at the desk", description = "Organisers (ADMIN). 409 when checked in "
			+ "before (saying when), 422 for a participant not approved, 404 for one of another event.")
	@PostMapping("/api/v1/events/{code}/matching/participants/{id}/check-in")
	CheckInResponse checkIn(@PathVariable String code, @PathVariable long id, Actor actor) {
		return CheckInResponse.of(day.checkIn(actor, EventCode.of(code), new MatchingParticipantId(id)));
	}

	@Operation(summary = "Mark a meeting held or no-show", description = "By either side (their own mark) or an organiser "
			+ "naming the side, from the start of the meeting's slot (422 before, or when not placed; 409 when cancelled). "
			+ "The meeting is HELD when either side says held; NO_SHOW when a side says the other did not come and neither "
			+ "says held. A side may correct its mark, but not to no-show once outcomes were reported (409).")
	@PostMapping("/api/v1/events/{code}/matching/meetings/{id}/attendance")
	DayMeetingResponse attendance(@PathVariable String code, @PathVariable long id,
			@RequestBody AttendanceRequest request, Actor actor) {
		return DayMeetingResponse.of(day.markAttendance(actor, EventCode.of(code), new MeetingId(id), request.check(),
				request.side()));
	}

	@Operation(summary = "Book a walk-in meeting on the day", description = "By an organiser or either participant, into a "
			+ "slot of today that has not ended where both are free (no meeting, not marked unavailable) and, for a seller "
			+ "without a booth, a table is free. 409 naming the reason (busy, unavailable, no table, already meeting), 422 "
			+ "for a slot not today, a blocked pair or a participant not approved.")
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/events/{code}/matching/walk-ins")
	DayMeetingResponse walkIn(@PathVariable String code, @RequestBody WalkInRequest request, Actor actor) {
		return DayMeetingResponse.of(day.bookWalkIn(actor, EventCode.of(code),
				request.buyer() == null ? null : new MatchingParticipantId(request.buyer()),
				request.seller() == null ? null : new MatchingParticipantId(request.seller()), request.slot()));
	}

	@Operation(summary = "Report what came of a held meeting", description = "By either side for a HELD meeting (422 "
			+ "otherwise), at a checkpoint that has opened: AFTER_MEETING from the slot's end, MONTH_1/3/6 from the meeting's "
			+ "day plus 1, 3, 6 months (422 before, saying when). valueIdr is required for ORDER_PLACED. A second report at "
			+ "the same checkpoint corrects the first (200, corrected = true); a first report answers 201.")
	@ApiResponse(responseCode = "201", description = "The side's first report at this checkpoint",
			content = @Content(schema = @Schema(implementation = OutcomeResponse.class)))
	@ApiResponse(responseCode = "200", description = "A correction of the side's earlier report at this checkpoint",
			content = @Content(schema = @Schema(implementation = OutcomeResponse.class)))
	@PostMapping("/api/v1/events/{code}/matching/meetings/{id}/outcome")
	ResponseEntity<OutcomeResponse> outcome(@PathVariable String code, @PathVariable long id,
			@RequestBody OutcomeRequest request, Actor actor) {
		ReportedOutcome reported = outcomes.report(actor, EventCode.of(code), new MeetingId(id), request.input());
		return ResponseEntity.status(reported.corrected() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(OutcomeResponse.of(reported));
	}
}
