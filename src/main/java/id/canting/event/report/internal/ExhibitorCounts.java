package id.canting.event.report.internal;

import java.util.List;

import id.canting.event.EventCode;
import id.canting.event.exhibitor.ExhibitorFigures.Exhibitor;

/**
 * What the dashboard needs from the exhibitors of an event: the exhibitors selected (and published) for
 * it; the dashboard counts them by province, kind and category itself. Implemented over the exhibitor
 * room's {@code ExhibitorFigures}; a port of its own so that tests can give an event known exhibitors
 * (ReportFigureStubs).
 */
public interface ExhibitorCounts {

	/** The selected exhibitors of the event, in any order (empty before the selection). */
	List<Exhibitor> of(EventCode event);
}
