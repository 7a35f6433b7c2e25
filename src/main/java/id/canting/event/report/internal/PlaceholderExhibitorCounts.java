package id.canting.event.report.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import id.canting.event.EventCode;

// PLACEHOLDER: replaced at merge by an adapter over event.exhibitor.ExhibitorFigures
/** No exhibitors for any event, until the exhibitor room's figures are wired in. */
@Component
class PlaceholderExhibitorCounts implements ExhibitorCounts {

	@Override
	public List<Exhibitor> of(EventCode event) {
		return List.of();
	}
}
