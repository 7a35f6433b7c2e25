package id.canting.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.event.CurationCriteriaChanged;
import id.canting.event.ExhibitorApplicationChanged;
import id.canting.event.ExhibitorSelectionPublished;

/**
 * Records every step of an exhibitor application (under the IKM's province, so its officers read it) and
 * the curators' criteria and publication, synchronously in the transaction of the change.
 */
@Component
class ExhibitorAuditListener {

	private static final String APPLICATION = "exhibitor";
	private static final String CURATION = "curation";

	private final AuditWriter writer;

	ExhibitorAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(ExhibitorApplicationChanged event) {
		writer.append(NewEntry.of(event.by(), event.action(), APPLICATION, event.applicationId(), event.provinceCode(),
				shortened(event.eventCode() + (event.detail() == null ? "" : " — " + event.detail()))));
	}

	@EventListener
	void on(ExhibitorSelectionPublished event) {
		writer.append(NewEntry.of(event.by(), "PUBLISHED", CURATION, event.eventCode(), null,
				event.selected() + "/" + event.applications() + " (" + event.totalScore() + ")"));
	}

	@EventListener
	void on(CurationCriteriaChanged event) {
		writer.append(NewEntry.of(event.by(), "UPDATED", CURATION, event.eventCode(), null, event.weights()));
	}

	/** The trail's summary holds 300 characters; a long decline reason is cut there. */
	private static String shortened(String summary) {
		return summary.length() <= 300 ? summary : summary.substring(0, 299) + "…";
	}
}
