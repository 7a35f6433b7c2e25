package id.canting.event.report.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import id.canting.event.EventCode;

// PLACEHOLDER: replaced at merge by an adapter over event.registration.RegistrationFigures
/** No registrations for any event, until the registration room's figures are wired in. */
@Component
class PlaceholderRegistrationCounts implements RegistrationCounts {

	@Override
	public List<SessionCounts> of(EventCode event) {
		return List.of();
	}
}
