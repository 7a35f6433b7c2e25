package id.canting.matching.internal.outcome;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.Events;
import id.canting.matching.MeetingId;
import id.canting.matching.MeetingOutcomeReported;
import id.canting.matching.MeetingStatus;
import id.canting.matching.OutcomeCheckpoint;
import id.canting.matching.OutcomeResult;
import id.canting.matching.ParticipantSide;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.matching.internal.MatchingSlot;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.MeetingRepository;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.RuleRefusedException;

/**
 * What came of held meetings: each side reports at each checkpoint once it has opened
 * ({@link OutcomeCheckpoints}); a second report at the same checkpoint corrects the first (and is audited
 * as a correction). An organiser may enter a report for a side (collected by phone, say).
 */
@Service
@Transactional
public class Outcomes {

	private final DayRecords records;
	private final Events events;
	private final MatchingParticipantRepository participants;
	private final MeetingRepository meetings;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	Outcomes(DayRecords records, Events events, MatchingParticipantRepository participants, MeetingRepository meetings,
			JdbcClient jdbc, ApplicationEventPublisher publisher, Clock clock) {
		this.records = records;
		this.events = events;
		this.participants = participants;
		this.meetings = meetings;
		this.jdbc = jdbc;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Records (or corrects) one side's outcome of a held meeting at an open checkpoint.
	 *
	 * @throws RuleRefusedException ({@code matching.outcome.not-held}) for a meeting not held, and
	 *         ({@code matching.outcome.checkpoint.not-open}) before the checkpoint's date
	 */
	public ReportedOutcome report(Actor actor, EventCode code, MeetingId id, OutcomeInput input) {
		OutcomeInput checked = input.checked();
		Meeting meeting = records.meeting(code, id);
		ParticipantSide side = records.actingSide(actor, meeting, checked.side());
		if (meeting.status() != MeetingStatus.HELD) {
			throw new RuleRefusedException("matching.outcome.not-held", meeting.status().name());
		}
		MatchingSlot slot = records.slot(meeting.slotId())
			.orElseThrow(() -> new RuleRefusedException("matching.outcome.not-held", meeting.status().name()));
		LocalDateTime opens = OutcomeCheckpoints.opensAt(checked.checkpoint(), slot.startsAt(), slot.endsAt());
		if (events.now().isBefore(opens)) {
			throw new RuleRefusedException("matching.outcome.checkpoint.not-open", MatchingDay.wib(opens));
		}
		Instant now = clock.instant();
		boolean corrected = find(id.value(), side, checked.checkpoint()).isPresent();
		if (corrected) {
			jdbc.sql("""
					update matching_outcome set result = :result, value_idr = :value, note = :note, reported_at = :at,
					reported_by = :by where meeting_id = :meeting and side = :side and checkpoint = :checkpoint""")
				.paramSource(params(id, side, checked, now, actor)).update();
		}
		else {
			try {
				jdbc.sql("""
						insert into matching_outcome (meeting_id, side, checkpoint, result, value_idr, note, reported_at,
						reported_by) values (:meeting, :side, :checkpoint, :result, :value, :note, :at, :by)""")
					.paramSource(params(id, side, checked, now, actor)).update();
			}
			catch (DuplicateKeyException e) {
				throw new ConflictException("matching.outcome.concurrent");
			}
		}
		publisher.publishEvent(new MeetingOutcomeReported(code, id, side, checked.checkpoint(), checked.result(),
				checked.valueIdr(), corrected, records.sellerProvince(meeting), actor.username()));
		return new ReportedOutcome(id.value(), side, checked.checkpoint(), checked.result(), checked.valueIdr(),
				checked.note(), now, actor.username(), corrected);
	}

	/** Every report of a meeting, both sides, in checkpoint order (for its sides, the organiser and officers). */
	@Transactional(readOnly = true)
	public List<ReportedOutcome> of(long meetingId) {
		return jdbc.sql("select * from matching_outcome where meeting_id = ?").param(meetingId)
			.query((rs, n) -> row(rs)).list().stream()
			.sorted(Comparator.comparing(ReportedOutcome::checkpoint).thenComparing(ReportedOutcome::side))
			.toList();
	}

	/** The actor's held meetings in the event (as buyer or seller), with their reports and open checkpoints. */
	@Transactional(readOnly = true)
	public List<HeldMeeting> heldMeetingsOf(Actor actor, EventCode code) {
		records.event(code);
		LocalDateTime now = events.now();
		List<HeldMeeting> held = new ArrayList<>();
		for (MatchingParticipant me : participants.findByEventCodeOrderByCompanyName(code.value())) {
			if (!DayRecords.isParticipant(actor, me)) {
				continue;
			}
			List<Meeting> mine = me.side() == ParticipantSide.BUYER ? meetings.findByBuyerIdOrderById(me.id().value())
					: meetings.findBySellerIdOrderById(me.id().value());
			for (Meeting m : mine) {
				Optional<MatchingSlot> slot = records.slot(m.slotId());
				if (m.status() != MeetingStatus.HELD || slot.isEmpty()) {
					continue;
				}
				long other = me.side() == ParticipantSide.BUYER ? m.seller().value() : m.buyer().value();
				String counterpart = records.participant(other).map(MatchingParticipant::companyName).orElse("");
				LocalDateTime start = slot.get().startsAt();
				LocalDateTime end = slot.get().endsAt();
				OutcomeCheckpoint next = Arrays.stream(OutcomeCheckpoint.values())
					.filter(c -> !OutcomeCheckpoints.isOpen(c, start, end, now)).findFirst().orElse(null);
				held.add(new HeldMeeting(m.id().value(), me.side(), counterpart, start, end,
						of(m.id().value()).stream().filter(r -> r.side() == me.side()).toList(),
						OutcomeCheckpoints.open(start, end, now), next,
						next == null ? null : OutcomeCheckpoints.opensAt(next, start, end)));
			}
		}
		held.sort(Comparator.comparing(HeldMeeting::slotStart).reversed());
		return held;
	}

	private Optional<ReportedOutcome> find(long meetingId, ParticipantSide side, OutcomeCheckpoint checkpoint) {
		return jdbc.sql("select * from matching_outcome where meeting_id = ? and side = ? and checkpoint = ?")
			.params(meetingId, side.name(), checkpoint.name()).query((rs, n) -> row(rs)).optional();
	}

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(MeetingId id,
			ParticipantSide side, OutcomeInput input, Instant now, Actor actor) {
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("meeting", id.value())
			.addValue("side", side.name()).addValue("checkpoint", input.checkpoint().name())
			.addValue("result", input.result().name()).addValue("value", input.valueIdr(), java.sql.Types.BIGINT)
			.addValue("note", input.note(), java.sql.Types.VARCHAR).addValue("at", Timestamp.from(now))
			.addValue("by", actor.username());
	}

	private static ReportedOutcome row(java.sql.ResultSet rs) throws java.sql.SQLException {
		long value = rs.getLong("value_idr");
		return new ReportedOutcome(rs.getLong("meeting_id"), ParticipantSide.valueOf(rs.getString("side")),
				OutcomeCheckpoint.valueOf(rs.getString("checkpoint")), OutcomeResult.valueOf(rs.getString("result")),
				rs.wasNull() ? null : value, rs.getString("note"), rs.getTimestamp("reported_at").toInstant(),
				rs.getString("reported_by"), false);
	}
}
