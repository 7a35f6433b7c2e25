package id.canting.matching.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.event.EventSessionId;

/**
 * A business-matching block of the event's programme (an event session of that kind), cut into
 * {@code slotCount} slots of {@code slotMinutes}, with a break of {@code breakMinutes} after every
 * {@code breakEvery} slots, and {@code tables} numbered tables per slot for sellers without a booth.
 * Times are local times in Western Indonesian Time, as the event's sessions are.
 */
@Table("matching_session")
public class MatchingSession {

	private @Id Long id;
	private String eventCode;
	private long eventSessionId;
	private LocalDateTime startsAt;
	private int slotMinutes;
	private int slotCount;
	private Integer breakEvery;
	private Integer breakMinutes;
	private int tables;

	MatchingSession() {
		// for Spring Data JDBC
	}

	public MatchingSession(String eventCode, EventSessionId eventSession, LocalDateTime startsAt, int slotMinutes,
			int slotCount, Integer breakEvery, Integer breakMinutes, int tables) {
		this.eventCode = eventCode;
		this.eventSessionId = eventSession.value();
		change(startsAt, slotMinutes, slotCount, breakEvery, breakMinutes, tables);
	}

	/** Changes the layout; the caller derives the slots again ({@link #slotTimes()}). */
	public void change(LocalDateTime startsAt, int slotMinutes, int slotCount, Integer breakEvery,
			Integer breakMinutes, int tables) {
		this.startsAt = startsAt;
		this.slotMinutes = slotMinutes;
		this.slotCount = slotCount;
		this.breakEvery = breakEvery;
		this.breakMinutes = breakMinutes;
		this.tables = tables;
	}

	/** The start and end of each slot in order, breaks left between them. */
	public List<LocalDateTime[]> slotTimes() {
		List<LocalDateTime[]> times = new ArrayList<>(slotCount);
		LocalDateTime at = startsAt;
		for (int i = 0; i < slotCount; i++) {
			if (i > 0 && breakEvery != null && breakMinutes != null && i % breakEvery == 0) {
				at = at.plus(Duration.ofMinutes(breakMinutes));
			}
			LocalDateTime end = at.plusMinutes(slotMinutes);
			times.add(new LocalDateTime[] { at, end });
			at = end;
		}
		return times;
	}

	public Long id() {
		return id;
	}

	public String eventCode() {
		return eventCode;
	}

	public EventSessionId eventSessionId() {
		return new EventSessionId(eventSessionId);
	}

	public LocalDateTime startsAt() {
		return startsAt;
	}

	public int slotMinutes() {
		return slotMinutes;
	}

	public int slotCount() {
		return slotCount;
	}

	public Integer breakEvery() {
		return breakEvery;
	}

	public Integer breakMinutes() {
		return breakMinutes;
	}

	public int tables() {
		return tables;
	}
}
