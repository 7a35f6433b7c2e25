package id.canting.event;

import java.util.List;

/**
 * The exhibitors of an event as other modules take them in by IKM (the business matching adds them as
 * sellers): only applications SELECTED in a published curation, by business name. Implemented by the
 * nested module {@code event.exhibitor}; declared here so that other modules may read it.
 */
public interface ExhibitorSellers {

	/** The event's published exhibitors: the registry's IKM id and the booth (null before booths). */
	List<SelectedExhibitor> selected(EventCode code);

	/** A published exhibitor's IKM, business name and booth. */
	record SelectedExhibitor(long ikmId, String businessName, String booth) {
	}
}
