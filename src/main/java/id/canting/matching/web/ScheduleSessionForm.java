package id.canting.matching.web;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

import id.canting.matching.internal.MatchingSession;
import id.canting.matching.internal.schedule.ScheduleSessions;

/** The organiser's form for a matching session (start as a browser's date-and-time field sends it, WIB). */
public class ScheduleSessionForm {

	private Long eventSessionId;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime startsAt;
	private Integer slotMinutes = 20;
	private Integer slotCount;
	private Integer breakEvery;
	private Integer breakMinutes;
	private Integer tables = 0;

	static ScheduleSessionForm of(MatchingSession s) {
		ScheduleSessionForm f = new ScheduleSessionForm();
		f.eventSessionId = s.eventSessionId().value();
		f.startsAt = s.startsAt();
		f.slotMinutes = s.slotMinutes();
		f.slotCount = s.slotCount();
		f.breakEvery = s.breakEvery();
		f.breakMinutes = s.breakMinutes();
		f.tables = s.tables();
		return f;
	}

	ScheduleSessions.Layout layout() {
		return new ScheduleSessions.Layout(eventSessionId, startsAt, slotMinutes, slotCount, breakEvery, breakMinutes,
				tables);
	}

	public Long getEventSessionId() {
		return eventSessionId;
	}

	public void setEventSessionId(Long eventSessionId) {
		this.eventSessionId = eventSessionId;
	}

	public LocalDateTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public Integer getSlotMinutes() {
		return slotMinutes;
	}

	public void setSlotMinutes(Integer slotMinutes) {
		this.slotMinutes = slotMinutes;
	}

	public Integer getSlotCount() {
		return slotCount;
	}

	public void setSlotCount(Integer slotCount) {
		this.slotCount = slotCount;
	}

	public Integer getBreakEvery() {
		return breakEvery;
	}

	public void setBreakEvery(Integer breakEvery) {
		this.breakEvery = breakEvery;
	}

	public Integer getBreakMinutes() {
		return breakMinutes;
	}

	public void setBreakMinutes(Integer breakMinutes) {
		this.breakMinutes = breakMinutes;
	}

	public Integer getTables() {
		return tables;
	}

	public void setTables(Integer tables) {
		this.tables = tables;
	}
}
