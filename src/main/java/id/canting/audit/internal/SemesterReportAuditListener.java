package id.canting.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.registry.events.SemesterReportAccepted;
import id.canting.registry.events.SemesterReportDrafted;
import id.canting.registry.events.SemesterReportReturned;
import id.canting.registry.events.SemesterReportSubmitted;
import id.canting.registry.events.SemesterReportsFiled;

/**
 * Records every step of a semester report: filing (CREATED) and corrections (UPDATED, with each
 * figure's old and new value), submission, acceptance and return (with the reason). Synchronous, like
 * {@link RegistryAuditListener}: the entry is written in the transaction of the change, so neither
 * exists without the other. The summary names the IKM and semester, as the report's id alone says little.
 */
@Component
class SemesterReportAuditListener {

	private static final String REPORT = "semester_report";

	private final AuditWriter writer;

	SemesterReportAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	/** A report filed lists no changes (the report holds what was filed); a correction lists each changed figure. */
	@EventListener
	void on(SemesterReportDrafted event) {
		String action = event.changes().isEmpty() ? "CREATED" : "UPDATED";
		writer.append(NewEntry.of(event.by(), action, REPORT, event.id().value(), event.provinceCode(),
				summary(event.ikmId().value(), event.semester())).withChanges(event.changes()));
	}

	@EventListener
	void on(SemesterReportSubmitted event) {
		writer.append(NewEntry.of(event.by(), "SUBMITTED", REPORT, event.id().value(), event.provinceCode(),
				summary(event.ikmId().value(), event.semester())));
	}

	@EventListener
	void on(SemesterReportAccepted event) {
		writer.append(NewEntry.of(event.by(), "ACCEPTED", REPORT, event.id().value(), event.provinceCode(),
				summary(event.ikmId().value(), event.semester())));
	}

	@EventListener
	void on(SemesterReportReturned event) {
		writer.append(NewEntry.of(event.by(), "RETURNED", REPORT, event.id().value(), event.provinceCode(),
				summary(event.ikmId().value(), event.semester()) + ": " + event.reason()));
	}

	/**
	 * Reports filed at once: the entries each step would have written one by one, as one batch (a
	 * filing in a batch lists no changes, the report holds what was filed).
	 */
	@EventListener
	void on(SemesterReportsFiled event) {
		writer.appendAll(event.steps().stream().map(SemesterReportAuditListener::entryOf).toList());
	}

	private static NewEntry entryOf(Object step) {
		if (step instanceof SemesterReportDrafted e) {
			return NewEntry.of(e.by(), "CREATED", REPORT, e.id().value(), e.provinceCode(), summary(e.ikmId().value(), e.semester()));
		}
		if (step instanceof SemesterReportSubmitted e) {
			return NewEntry.of(e.by(), "SUBMITTED", REPORT, e.id().value(), e.provinceCode(), summary(e.ikmId().value(), e.semester()));
		}
		if (step instanceof SemesterReportAccepted e) {
			return NewEntry.of(e.by(), "ACCEPTED", REPORT, e.id().value(), e.provinceCode(), summary(e.ikmId().value(), e.semester()));
		}
		if (step instanceof SemesterReportReturned e) {
			return NewEntry.of(e.by(), "RETURNED", REPORT, e.id().value(), e.provinceCode(),
					summary(e.ikmId().value(), e.semester()) + ": " + e.reason());
		}
		throw new IllegalArgumentException("not a step of a semester report: " + step);
	}

	private static String summary(long ikmId, Object semester) {
		return "IKM " + ikmId + ", " + semester;
	}
}
