package id.canting.event.registration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;
import id.canting.event.Events;
import id.canting.event.SessionView;
import id.canting.event.registration.RegistrationFigures;
import id.canting.event.RegistrationStatus;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

/**
 * Reads registrations: duplicates and the waitlist for {@link Registrations}, the organisers' list of
 * registrants (ADMIN only: personal data) and the figures per session (counts for everyone on staff).
 */
@Component
@Transactional(readOnly = true)
public class RegistrationQueries implements RegistrationFigures {

	/** The columns the registrants list sorts by. */
	public static final Map<String, String> SORTS = Map.of("registeredAt", "r.id", "name", "r.name", "status",
			"r.status", "session", "r.session_id");

	private final JdbcClient jdbc;
	private final Events events;

	RegistrationQueries(JdbcClient jdbc, Events events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Whether a registration not cancelled of the session has this e-mail or phone. */
	boolean holds(EventSessionId session, String column, String value) {
		String sql = "select count(*) from event_registration where session_id = :session and status <> 'CANCELLED' and "
				+ ("email".equals(column) ? "email" : "phone") + " = :value";
		return jdbc.sql(sql).param("session", session.value()).param("value", value).query(Long.class).single() > 0;
	}

	/** 1 for the next to be promoted: the waitlisted of the session registered before it, plus one. */
	Integer waitlistPosition(Registration registration) {
		return jdbc
			.sql("select count(*) from event_registration where session_id = :session and status = 'WAITLISTED' and id <= :id")
			.param("session", registration.sessionId().value())
			.param("id", registration.id())
			.query(Integer.class)
			.single();
	}

	/** The waitlisted of a session, first come first. */
	List<Long> waiting(EventSessionId session) {
		return jdbc.sql("select id from event_registration where session_id = :session and status = 'WAITLISTED' order by id")
			.param("session", session.value())
			.query(Long.class)
			.list();
	}

	@Override
	public EventFigures figures(EventCode event) {
		Map<Long, int[]> counts = new LinkedHashMap<>();
		for (SessionView session : events.sessions(event)) {
			counts.put(session.id().value(), new int[] { session.capacity(), 0, 0, 0, 0 });
		}
		jdbc.sql("""
				select session_id, status, count(*) as n, count(checked_in_at) as attended
				from event_registration where event_code = :event group by session_id, status""")
			.param("event", event.value())
			.query(rs -> {
				int[] c = counts.computeIfAbsent(rs.getLong("session_id"), id -> new int[5]);
				int n = rs.getInt("n");
				switch (RegistrationStatus.valueOf(rs.getString("status"))) {
					case CONFIRMED -> c[1] += n;
					case WAITLISTED -> c[2] += n;
					case CANCELLED -> c[3] += n;
				}
				c[4] += rs.getInt("attended");
			});
		List<SessionFigures> sessions = new ArrayList<>();
		counts.forEach((id, c) -> sessions.add(new SessionFigures(new EventSessionId(id), c[0], c[1], c[2], c[3], c[4])));
		return new EventFigures(event, sessions);
	}

	/** The registrants of an event, for its organisers (ADMIN): personal data. */
	public PageResponse<RegistrantRow> registrants(Actor actor, EventCode event, PageRequest page) {
		requireOrganiser(actor);
		long total = jdbc.sql("select count(*) from event_registration where event_code = :event")
			.param("event", event.value())
			.query(Long.class)
			.single();
		String order = SORTS.getOrDefault(page.sortProperty(), "r.id") + (page.ascending() ? " asc" : " desc") + ", r.id";
		List<RegistrantRow> rows = jdbc.sql("select r.* from event_registration r where r.event_code = :event order by "
				+ order + " limit :limit offset :offset")
			.param("event", event.value())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(RegistrationQueries::row)
			.list();
		return PageResponse.of(rows, page, total);
	}

	static void requireOrganiser(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("event.registration.forbidden.registrants");
		}
	}

	/** The sortable properties, for the page request. */
	public static Set<String> sorts() {
		return SORTS.keySet();
	}

	static RegistrantRow row(ResultSet rs, int n) throws SQLException {
		return new RegistrantRow(rs.getLong("id"), rs.getString("ticket_code"), rs.getLong("session_id"),
				RegistrationStatus.valueOf(rs.getString("status")), rs.getString("name"), rs.getString("email"),
				rs.getString("phone"), rs.getString("organisation"), AgeGroup.valueOf(rs.getString("age_group")),
				rs.getString("language"), instant(rs, "registered_at"), instant(rs, "checked_in_at"),
				rs.getTimestamp("anonymised_at") != null);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
