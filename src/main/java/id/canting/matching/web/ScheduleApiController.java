package id.canting.matching.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.EventCode;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MeetingId;
import id.canting.matching.internal.MatchingSession;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.schedule.Availability;
import id.canting.matching.internal.schedule.ScheduleRun;
import id.canting.matching.internal.schedule.ScheduleService;
import id.canting.matching.internal.schedule.ScheduleSessions;
import id.canting.shared.Actor;
import id.canting.shared.web.Dates;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The schedule (organiser): matching sessions (add, change, remove), "arrange the schedule" with the figures and the meetings left
 * out with reasons, locking a meeting; and each participant's unavailable slots (themself or the organiser).
 */
@RestController
@Tag(name = MatchingApiTag.NAME)
class ScheduleApiController {

	private final ScheduleService schedule;
	private final ScheduleSessions sessions;
	private final Availability availability;

	ScheduleApiController(ScheduleService schedule, ScheduleSessions sessions, Availability availability) {
		this.schedule = schedule;
		this.sessions = sessions;
		this.availability = availability;
	}

	/** A session to add: the event's session it belongs to, its start (WIB), slot length and count, breaks, tables. */
	record SessionRequest(Long eventSessionId, OffsetDateTime startsAt, Integer slotMinutes, Integer slotCount,
			Integer breakEvery, Integer breakMinutes, Integer tables) {

		ScheduleSessions.Layout layout() {
			return new ScheduleSessions.Layout(eventSessionId,
					startsAt == null ? null : startsAt.withOffsetSameInstant(WIB).toLocalDateTime(), slotMinutes, slotCount,
					breakEvery, breakMinutes, tables);
		}
	}

	record SessionView(long id, long eventSessionId, OffsetDateTime startsAt, int slotMinutes, int slotCount,
			Integer breakEvery, Integer breakMinutes, int tables, List<SlotView> slots) {
	}

	record SlotView(long id, OffsetDateTime startsAt, OffsetDateTime endsAt) {
		static SlotView of(long id, LocalDateTime startsAt, LocalDateTime endsAt) {
			return new SlotView(id, Dates.offset(startsAt), Dates.offset(endsAt));
		}
	}

	/** One slot of the event and whether the participant marked it unavailable. */
	record SlotMarkView(long slotId, OffsetDateTime startsAt, OffsetDateTime endsAt, boolean unavailable) {
		static List<SlotMarkView> of(List<Availability.SlotMark> marks) {
			return marks.stream().map(m -> new SlotMarkView(m.slotId(), Dates.offset(m.startsAt()), Dates.offset(m.endsAt()), m.unavailable()))
				.toList();
		}
	}

	/** Matching times are Western Indonesian Time, as the event's sessions are. */
	static final ZoneOffset WIB = ZoneOffset.ofHours(7);


	record UnavailabilityRequest(Set<Long> slots) {
	}

	record LockView(long id, boolean locked, Long slotId, Integer table) {
		static LockView of(Meeting m) {
			return new LockView(m.id().value(), m.locked(), m.slotId(), m.tableNo());
		}
	}

	@PostMapping("/api/v1/events/{code}/matching/schedule")
	ScheduleRun schedule(@PathVariable String code, Actor actor) {
		return schedule.schedule(actor, EventCode.of(code));
	}

	@GetMapping("/api/v1/events/{code}/matching/sessions")
	List<SessionView> sessions(@PathVariable String code) {
		EventCode event = EventCode.of(code);
		List<SlotView> slots = sessions.slots(event).stream().map(s -> SlotView.of(s.id(), s.startsAt(), s.endsAt()))
			.toList();
		return sessions.list(event).stream().map(s -> view(s, slots)).toList();
	}

	@PostMapping("/api/v1/events/{code}/matching/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	SessionView addSession(@PathVariable String code, @RequestBody SessionRequest body, Actor actor) {
		MatchingSession s = sessions.add(actor, EventCode.of(code), body.layout());
		return view(s, slots(code));
	}

	/** Changes a session's layout; refused (422) if placed meetings would lose their slot or table. */
	@PutMapping("/api/v1/events/{code}/matching/sessions/{id}")
	SessionView changeSession(@PathVariable String code, @PathVariable long id, @RequestBody SessionRequest body,
			Actor actor) {
		MatchingSession s = sessions.change(actor, EventCode.of(code), id, body.layout());
		return view(s, slots(code));
	}

	/** Removes a session and its slots; refused (422) while meetings are placed in it. */
	@DeleteMapping("/api/v1/events/{code}/matching/sessions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeSession(@PathVariable String code, @PathVariable long id, Actor actor) {
		sessions.remove(actor, EventCode.of(code), id);
	}

	private List<SlotView> slots(String code) {
		return sessions.slots(EventCode.of(code)).stream().map(x -> SlotView.of(x.id(), x.startsAt(), x.endsAt()))
			.toList();
	}

	@PostMapping("/api/v1/events/{code}/matching/meetings/{id}/lock")
	LockView lock(@PathVariable String code, @PathVariable long id, Actor actor) {
		return LockView.of(schedule.lock(actor, EventCode.of(code), new MeetingId(id), true));
	}

	@PostMapping("/api/v1/events/{code}/matching/meetings/{id}/unlock")
	LockView unlock(@PathVariable String code, @PathVariable long id, Actor actor) {
		return LockView.of(schedule.lock(actor, EventCode.of(code), new MeetingId(id), false));
	}

	@GetMapping("/api/v1/events/{code}/matching/participants/{id}/unavailability")
	List<SlotMarkView> unavailability(@PathVariable String code, @PathVariable long id, Actor actor) {
		return SlotMarkView.of(availability.of(actor, EventCode.of(code), new MatchingParticipantId(id)));
	}

	@PutMapping("/api/v1/events/{code}/matching/participants/{id}/unavailability")
	List<SlotMarkView> markUnavailable(@PathVariable String code, @PathVariable long id,
			@RequestBody UnavailabilityRequest body, Actor actor) {
		return SlotMarkView.of(availability.mark(actor, EventCode.of(code), new MatchingParticipantId(id),
				body.slots() == null ? Set.of() : body.slots()));
	}

	private static SessionView view(MatchingSession s, List<SlotView> all) {
		return new SessionView(s.id(), s.eventSessionId().value(), Dates.offset(s.startsAt()), s.slotMinutes(), s.slotCount(),
				s.breakEvery(), s.breakMinutes(), s.tables(), all.stream()
					.filter(x -> !x.startsAt().isBefore(Dates.offset(s.startsAt())) && x.startsAt().isBefore(Dates.offset(s.slotTimes()
						.get(s.slotCount() - 1)[1])))
					.toList());
	}
}
