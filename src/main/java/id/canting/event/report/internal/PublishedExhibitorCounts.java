package id.canting.event.report.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import id.canting.event.EventCode;
import id.canting.event.exhibitor.ExhibitorFigures;
import id.canting.event.exhibitor.ExhibitorFigures.Exhibitor;

/** The exhibitor room's published exhibitors, as the event's dashboard and report count them. */
@Component
class PublishedExhibitorCounts implements ExhibitorCounts {

	private final ExhibitorFigures figures;

	PublishedExhibitorCounts(ExhibitorFigures figures) {
		this.figures = figures;
	}

	@Override
	public List<Exhibitor> of(EventCode event) {
		return figures.exhibitors(event);
	}
}
