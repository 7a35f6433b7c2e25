package id.canting.matching.internal.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.matching.MatchingActivity;
import id.canting.matching.MatchingScheduled;
import id.canting.matching.MeetingId;
import id.canting.matching.MeetingMoved;
import id.canting.matching.MeetingStatus;
import id.canting.matching.internal.MatchingAccess;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.matching.internal.MatchingSessionRepository;
import id.canting.matching.internal.MatchingSlot;
import id.canting.matching.internal.MatchingSlotRepository;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.MeetingRepository;
import id.canting.matching.internal.Unavailabilities;
import id.canting.shared.Actor;
import id.canting.shared.NotFoundException;
import id.canting.shared.RuleRefusedException;

/**
 * The organiser's "arrange the schedule": loads the event's accepted meetings, slots, unavailability, each
 * seller's place (booth or tables) and the locks; runs the {@link Scheduler} (fresh, or with the fewest
 * moves when placements exist); saves the placements and a {@code matching_schedule_run} row in one
 * transaction; audits; publishes {@link MatchingScheduled} and a {@link MeetingMoved} per moved meeting, and
 * writes to everyone whose meeting moved. Re-scheduling after an acceptance or a cancellation is the
 * organiser's button, not automatic: the same run then moves as few meetings as it can.
 */
@Service
public class ScheduleService {

	private final MeetingRepository meetings;
	private final MatchingParticipantRepository participants;
	private final MatchingSessionRepository sessions;
	private final MatchingSlotRepository slots;
	private final Unavailabilities unavailabilities;
	private final ScheduleTexts texts;
	private final ScheduleMails mails;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Scheduler scheduler;

	ScheduleService(MeetingRepository meetings, MatchingParticipantRepository participants,
			MatchingSessionRepository sessions, MatchingSlotRepository slots, Unavailabilities unavailabilities,
			ScheduleTexts texts, ScheduleMails mails, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${canting.matching.schedule.time-limit:20s}") Duration timeLimit) {
		this.meetings = meetings;
		this.participants = participants;
		this.sessions = sessions;
		this.slots = slots;
		this.unavailabilities = unavailabilities;
		this.texts = texts;
		this.mails = mails;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.scheduler = new Scheduler(timeLimit);
	}

	/**
	 * Arranges (or re-arranges) the event's schedule.
	 *
	 * @throws RuleRefusedException ({@code matching.schedule.no-slots}) when the event has no matching session yet
	 */
	@Transactional
	public ScheduleRun schedule(Actor actor, EventCode code) {
		MatchingAccess.requireOrganiser(actor);
		List<MatchingSlot> eventSlots = slots.findByEventCode(code.value());
		if (eventSlots.isEmpty()) {
			throw new RuleRefusedException("matching.schedule.no-slots");
		}
		Map<Long, MatchingParticipant> people = participants.findByEventCodeOrderByCompanyName(code.value()).stream()
			.collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
		ScheduleInput input = ScheduleInput.of(sessions.findByEventCodeOrderByStartsAt(code.value()), eventSlots,
				meetings.findByEventCodeAndStatus(code.value(), MeetingStatus.ACCEPTED), people,
				unavailabilities.ofEvent(code.value()));
		ScheduleResult result = scheduler.schedule(input.problem());
		List<Meeting> movedMeetings = save(code, input, result);
		ScheduleRun run = run(result, input, people);
		record(code, actor, run, result.unplaced());
		events.publishEvent(new MatchingScheduled(code, run.requested(), run.placed(), run.bound(), run.slotsUsed(),
				run.moved(), actor.username()));
		events.publishEvent(new MatchingActivity("matching_schedule", code.value(), code.value(), null, "SCHEDULED",
				run.placed() + "/" + run.requested() + " (bound " + run.bound() + ", moved " + run.moved() + ")",
				actor.username()));
		mails.moved(movedMeetings, people, eventSlots);
		return run;
	}

	/** The latest run of the event as the organiser's page shows it, with when and by whom. */
	public record LatestRun(ScheduleRun run, java.time.LocalDateTime computedAt, String computedBy) {
	}

	private static final java.util.regex.Pattern LEFT_OUT = java.util.regex.Pattern
		.compile("\\{\"meeting\":(\\d+),\"reason\":\"([^\"]+)\"(?:,\"args\":\\[([^\\]]*)\\])?\\}");

	/**
	 * The event's latest run, if it was ever scheduled: its figures and the meetings it left out, each with
	 * its reason in the reader's language (participants named as they are now).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<LatestRun> latest(Actor actor, EventCode code) {
		MatchingAccess.requireOrganiser(actor);
		return jdbc.sql("""
				select requested, placed, must_requested, must_placed, bound, slots_used, moved, unplaced_json,
				computed_at, computed_by from matching_schedule_run
				where event_code = ? order by computed_at desc, id desc fetch first 1 rows only""")
			.param(code.value())
			.query((rs, n) -> {
				List<Unplaced> unplaced = new ArrayList<>();
				java.util.regex.Matcher m = LEFT_OUT.matcher(Objects.toString(rs.getString("unplaced_json"), ""));
				while (m.find()) {
					List<Object> args = m.group(3) == null || m.group(3).isBlank() ? List.of()
							: java.util.Arrays.stream(m.group(3).split(",")).map(a -> (Object) Long.valueOf(a.trim()))
								.toList();
					unplaced.add(new Unplaced(Long.parseLong(m.group(1)), m.group(2), args));
				}
				return new Object[] { rs.getInt("requested"), rs.getInt("placed"), rs.getObject("must_requested"),
						rs.getObject("must_placed"), rs.getInt("bound"), rs.getInt("slots_used"), rs.getInt("moved"),
						unplaced, rs.getTimestamp("computed_at").toLocalDateTime(), rs.getString("computed_by") };
			})
			.list()
			.stream()
			.findFirst()
			.map(row -> {
				Map<Long, String> names = new HashMap<>();
				participants.findByEventCodeOrderByCompanyName(code.value())
					.forEach(p -> names.put(p.id().value(), p.companyName()));
				List<MatchingSlot> eventSlots = slots.findByEventCode(code.value());
				@SuppressWarnings("unchecked")
				List<Unplaced> unplaced = (List<Unplaced>) row[7];
				List<ScheduleRun.LeftOut> leftOut = unplaced.stream().map(u -> {
					Meeting m = meetings.findById(u.meetingId()).orElse(null);
					return new ScheduleRun.LeftOut(u.meetingId(), m == null ? null : names.get(m.buyer().value()),
							m == null ? null : names.get(m.seller().value()), u.reason(),
							texts.reason(u, names, eventSlots));
				}).toList();
				ScheduleRun run = new ScheduleRun((Integer) row[0], (Integer) row[1], number(row[2]), number(row[3]),
						(Integer) row[4], (Integer) row[5], (Integer) row[6], List.of(), leftOut, null, 0);
				return new LatestRun(run, (java.time.LocalDateTime) row[8], (String) row[9]);
			});
	}

	private static int number(Object value) {
		return value == null ? -1 : ((Number) value).intValue();
	}

	private List<Meeting> save(EventCode code, ScheduleInput input, ScheduleResult result) {
		List<Meeting> moved = new ArrayList<>();
		for (Meeting m : input.meetingsById().values()) {
			if (m.locked() || m.walkIn()) {
				continue;
			}
			Placement p = result.placements().get(m.id().value());
			Long slotId = p == null ? null : input.slots().get(p.slot()).id();
			Integer table = p == null ? null : p.table();
			if (Objects.equals(slotId, m.slotId()) && Objects.equals(table, m.tableNo())) {
				continue;
			}
			Long from = m.slotId();
			if (p == null) {
				m.unplace();
			}
			else {
				m.place(slotId, table);
			}
			meetings.save(m);
			if (from != null) {
				moved.add(m);
				events.publishEvent(new MeetingMoved(code, m.id(), m.buyer(), m.seller(), from, slotId, table));
			}
		}
		return moved;
	}

	private ScheduleRun run(ScheduleResult result, ScheduleInput input, Map<Long, MatchingParticipant> people) {
		Map<Long, String> names = new HashMap<>();
		people.forEach((id, p) -> names.put(id, p.companyName()));
		List<ScheduleRun.LeftOut> leftOut = result.unplaced().stream().map(u -> {
			Meeting m = input.meetingsById().get(u.meetingId());
			return new ScheduleRun.LeftOut(u.meetingId(), names.get(m.buyer().value()), names.get(m.seller().value()),
					u.reason(), texts.reason(u, names, input.slots()));
		}).toList();
		return new ScheduleRun(result.requested(), result.placed(), result.mustRequested(), result.mustPlaced(),
				result.bound(), result.slotsUsed(), result.moved(), result.movedIds(), leftOut, result.method().name(),
				result.millis());
	}

	private void record(EventCode code, Actor actor, ScheduleRun run, List<Unplaced> leftOut) {
		String unplaced = leftOut.stream()
			.map(u -> "{\"meeting\":" + u.meetingId() + ",\"reason\":\"" + u.reason() + "\",\"args\":["
					+ u.args().stream().map(a -> String.valueOf(((Number) a).longValue())).collect(Collectors.joining(","))
					+ "]}")
			.collect(Collectors.joining(",", "[", "]"));
		jdbc.sql("""
				insert into matching_schedule_run (event_code, requested, placed, must_requested, must_placed, bound,
				slots_used, moved, unplaced_json, computed_at, computed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(code.value(), run.requested(), run.placed(), run.mustRequested(), run.mustPlaced(), run.bound(),
					run.slotsUsed(), run.moved(), unplaced,
					java.sql.Timestamp.from(Instant.now(clock)), actor.username())
			.update();
	}

	/** One accepted meeting as the organiser's schedule page lists it: who, must-meet, when and where, locked. */
	public record MeetingRow(long id, String buyer, String seller, boolean mustMeet, java.time.LocalDateTime startsAt,
			Integer table, boolean locked) {

		public boolean placed() {
			return startsAt != null;
		}
	}

	/** The event's accepted meetings, placed ones first in time order, then the unplaced ones by buyer. */
	@Transactional(readOnly = true)
	public List<MeetingRow> meetings(Actor actor, EventCode code) {
		MatchingAccess.requireOrganiser(actor);
		Map<Long, String> names = new HashMap<>();
		participants.findByEventCodeOrderByCompanyName(code.value())
			.forEach(p -> names.put(p.id().value(), p.companyName()));
		Map<Long, MatchingSlot> byId = slots.findByEventCode(code.value()).stream()
			.collect(Collectors.toMap(MatchingSlot::id, Function.identity()));
		return meetings.findByEventCodeAndStatus(code.value(), MeetingStatus.ACCEPTED).stream().map(m -> {
			MatchingSlot slot = m.slotId() == null ? null : byId.get(m.slotId());
			return new MeetingRow(m.id().value(), names.get(m.buyer().value()), names.get(m.seller().value()),
					m.mustMeet(), slot == null ? null : slot.startsAt(), m.tableNo(), m.locked());
		})
			.sorted(java.util.Comparator.comparing(MeetingRow::startsAt,
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
				.thenComparing(MeetingRow::buyer, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
				.thenComparing(MeetingRow::id))
			.toList();
	}

	/** The organiser locks a placed meeting (no later run moves it) or unlocks it. */
	@Transactional
	public Meeting lock(Actor actor, EventCode code, MeetingId id, boolean lock) {
		MatchingAccess.requireOrganiser(actor);
		Meeting m = meetings.findById(id.value()).filter(x -> x.eventCode().equals(code.value()))
			.orElseThrow(() -> new NotFoundException("matching.schedule.meeting.not-found", id.value()));
		if (lock) {
			m.lock();
		}
		else {
			m.unlock();
		}
		Meeting saved = meetings.save(m);
		events.publishEvent(new MatchingActivity("matching_meeting", String.valueOf(id.value()), code.value(), null,
				lock ? "LOCKED" : "UNLOCKED", null, actor.username()));
		return saved;
	}
}
