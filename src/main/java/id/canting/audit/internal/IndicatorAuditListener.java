package id.canting.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.programme.IndicatorsRecorded;

/**
 * Records every baseline and follow-up of a beneficiary's indicators on the application's history,
 * synchronously in the transaction of the recording (as {@link ApplicationAuditListener} does), under
 * the beneficiary's province; a correction lists the figures it changed.
 */
@Component
class IndicatorAuditListener {

	private static final String APPLICATION = "application";

	private final AuditWriter writer;

	IndicatorAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(IndicatorsRecorded e) {
		String action = e.phase().name() + (e.first() ? "_RECORDED" : "_CHANGED");
		writer.append(NewEntry.of(e.by(), action, APPLICATION, e.applicationId(), e.provinceCode(),
				e.measuredOn().toString()).withChanges(e.changes()));
	}
}
