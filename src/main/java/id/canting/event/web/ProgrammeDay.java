package id.canting.event.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.canting.event.SessionView;

/** One day of an event's programme: its sessions in the order they are held, for the event's page. */
record ProgrammeDay(LocalDate day, List<SessionView> sessions) {

	/** The sessions (already in time order) grouped by the day they start. */
	static List<ProgrammeDay> of(List<SessionView> sessions) {
		Map<LocalDate, List<SessionView>> byDay = new LinkedHashMap<>();
		sessions.forEach(s -> byDay.computeIfAbsent(s.startsAt().toLocalDate(), d -> new ArrayList<>()).add(s));
		return byDay.entrySet().stream().map(e -> new ProgrammeDay(e.getKey(), List.copyOf(e.getValue()))).toList();
	}
}
