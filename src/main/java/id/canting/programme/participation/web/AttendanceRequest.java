package id.canting.programme.participation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Attendance to record: a list of {@code sessions}, each a session number ({@code session}) and {@code present} true or false. */
record AttendanceRequest(List<Mark> sessions) {

	/** Present or absent at the session with this number. */
	record Mark(Integer session, Boolean present) {
	}

	Map<Integer, Boolean> bySession() {
		Map<Integer, Boolean> marks = new LinkedHashMap<>();
		if (sessions != null) {
			sessions.stream().filter(m -> m != null).forEach(m -> marks.put(m.session(), m.present()));
		}
		return marks;
	}
}
