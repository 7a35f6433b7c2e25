package id.canting.event.report.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import id.canting.event.EventCode;
import id.canting.event.registration.RegistrationFigures;

/** The registration room's figures, as the event's dashboard and report count them. */
@Component
class RegistrationFiguresCounts implements RegistrationCounts {

	private final RegistrationFigures figures;

	RegistrationFiguresCounts(RegistrationFigures figures) {
		this.figures = figures;
	}

	@Override
	public List<SessionCounts> of(EventCode event) {
		return figures.figures(event)
			.sessions()
			.stream()
			.map(s -> new SessionCounts(s.sessionId(), s.confirmed(), s.waitlisted(), s.cancelled(), s.attended()))
			.toList();
	}
}
