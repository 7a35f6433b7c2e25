package id.canting.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.development.DevelopmentWeightsChanged;
import id.canting.development.FacilitiesReplaced;
import id.canting.development.RevitalisationProjectRecorded;
import id.canting.development.SentraLocationSet;
import id.canting.development.SentraNeedListed;
import id.canting.development.SentraNeedMet;
import id.canting.development.SentraPhotoAdded;

/**
 * Records every change of sentra development under the sentra (entity {@code sentra_development}, the
 * sentra's id, its province, so the province's officers read it and the development page shows it as
 * the sentra's history), and changes of the score's weights under {@code development_weight},
 * synchronously in the transaction of the change.
 */
@Component
class SentraDevelopmentAuditListener {

	static final String SENTRA_DEVELOPMENT = "sentra_development";
	static final String WEIGHTS = "development_weight";

	private final AuditWriter writer;

	SentraDevelopmentAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(FacilitiesReplaced event) {
		writer.append(NewEntry.of(event.by(), "FACILITIES", SENTRA_DEVELOPMENT, event.sentraId().value(),
				event.provinceCode(), null).withChanges(event.changes()));
	}

	@EventListener
	void on(SentraLocationSet event) {
		writer.append(NewEntry.of(event.by(), "LOCATED", SENTRA_DEVELOPMENT, event.sentraId().value(),
				event.provinceCode(), null).withChanges(event.changes()));
	}

	@EventListener
	void on(SentraNeedListed event) {
		writer.append(NewEntry.of(event.by(), "NEED_LISTED", SENTRA_DEVELOPMENT, event.sentraId().value(),
				event.provinceCode(), shortened("#" + event.needId() + " " + event.summary())));
	}

	@EventListener
	void on(SentraNeedMet event) {
		writer.append(NewEntry.of(event.by(), "NEED_MET", SENTRA_DEVELOPMENT, event.sentraId().value(),
				event.provinceCode(), "#" + event.needId()));
	}

	@EventListener
	void on(RevitalisationProjectRecorded event) {
		writer.append(NewEntry.of(event.by(), "PROJECT", SENTRA_DEVELOPMENT, event.sentraId().value(),
				event.provinceCode(), shortened("#" + event.projectId() + " " + event.summary())));
	}

	@EventListener
	void on(SentraPhotoAdded event) {
		writer.append(NewEntry.of(event.by(), "PHOTO_ADDED", SENTRA_DEVELOPMENT, event.sentraId().value(),
				event.provinceCode(), shortened("#" + event.photoId() + (event.caption() == null ? "" : " " + event.caption()))));
	}

	@EventListener
	void on(DevelopmentWeightsChanged event) {
		writer.append(NewEntry.of(event.by(), "UPDATED", WEIGHTS, "current", null, null).withChanges(event.changes()));
	}

	private static String shortened(String summary) {
		return summary.length() <= 300 ? summary : summary.substring(0, 299) + "…";
	}
}
