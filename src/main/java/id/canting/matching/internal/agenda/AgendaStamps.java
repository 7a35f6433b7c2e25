package id.canting.matching.internal.agenda;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each meeting looked like in the last calendar file (table {@code matching_agenda_stamp}): a
 * meeting whose time or place differs from its stamp gets the next sequence number, so calendars that
 * hold it take the new version. Updates are conditional on the sequence read, so two downloads at the
 * same moment raise it once.
 */
@Component
class AgendaStamps {

	/** A meeting as last written to a calendar. */
	record Stamp(long meetingId, LocalDateTime startsAt, LocalDateTime endsAt, String place, boolean cancelled,
			int sequence) {

		boolean sameAs(LocalDateTime starts, LocalDateTime ends, String where, boolean gone) {
			return startsAt.equals(starts) && endsAt.equals(ends) && place.equals(where) && cancelled == gone;
		}
	}

	private final JdbcClient jdbc;

	AgendaStamps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stamps of these meetings, by meeting id. */
	Map<Long, Stamp> of(Collection<Long> meetingIds) {
		Map<Long, Stamp> stamps = new HashMap<>();
		if (meetingIds.isEmpty()) {
			return stamps;
		}
		jdbc.sql("""
				select meeting_id, starts_at, ends_at, place, cancelled, sequence from matching_agenda_stamp
				where meeting_id in (:ids)""")
			.param("ids", meetingIds)
			.query((rs, n) -> new Stamp(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(),
					rs.getTimestamp(3).toLocalDateTime(), rs.getString(4), rs.getBoolean(5), rs.getInt(6)))
			.list()
			.forEach(s -> stamps.put(s.meetingId(), s));
		return stamps;
	}

	/**
	 * The sequence number of the meeting as it is now: the stamp's when nothing changed, the next one
	 * (stamped now) when its time, place or cancellation changed, 0 for a meeting never written.
	 */
	int sequence(Stamp stamp, long meetingId, LocalDateTime starts, LocalDateTime ends, String place, boolean cancelled,
			Instant now) {
		LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
		if (stamp == null) {
			int inserted = jdbc.sql("""
					insert into matching_agenda_stamp (meeting_id, starts_at, ends_at, place, cancelled, sequence, stamped_at)
					values (?, ?, ?, ?, ?, 0, ?) on conflict do nothing""")
				.params(meetingId, starts, ends, place, cancelled, at)
				.update();
			return inserted == 1 ? 0 : reread(meetingId);
		}
		if (stamp.sameAs(starts, ends, place, cancelled)) {
			return stamp.sequence();
		}
		int updated = jdbc.sql("""
				update matching_agenda_stamp set starts_at = ?, ends_at = ?, place = ?, cancelled = ?,
				sequence = sequence + 1, stamped_at = ? where meeting_id = ? and sequence = ?""")
			.params(starts, ends, place, cancelled, at, meetingId, stamp.sequence())
			.update();
		return updated == 1 ? stamp.sequence() + 1 : reread(meetingId);
	}

	private int reread(long meetingId) {
		return jdbc.sql("select sequence from matching_agenda_stamp where meeting_id = ?").param(meetingId)
			.query(Integer.class).single();
	}
}
