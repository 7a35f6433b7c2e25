package id.canting.audit.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.canting.certification.IgCreated;
import id.canting.certification.IgMemberAdded;
import id.canting.certification.IgMemberRemoved;
import id.canting.certification.IgStageReached;
import id.canting.certification.IgUpdated;
import id.canting.shared.FieldChange;

/**
 * Records every change of a geographical indication, in the transaction of the change. The
 * indication itself belongs to no province; a member change is filed under the member's province,
 * so that province's officers see it.
 */
@Component
class GeographicalIndicationAuditListener {

	private static final String IG = "ig"; // entity_type holds 20 characters

	private final AuditWriter writer;

	GeographicalIndicationAuditListener(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(IgCreated e) {
		writer.append(NewEntry.of(e.by(), "CREATED", IG, e.id(), null, e.name()));
	}

	@EventListener
	void on(IgUpdated e) {
		writer.append(NewEntry.of(e.by(), "UPDATED", IG, e.id(), null, null).withChanges(e.changes()));
	}

	@EventListener
	void on(IgStageReached e) {
		// the stage and its day as changes, for pages to label and write out
		writer.append(NewEntry.of(e.by(), "STAGE_REACHED", IG, e.id(), null, e.registrationNumber())
			.withChanges(List.of(new FieldChange("stage", null, e.stage().name()),
					new FieldChange("reachedOn", null, String.valueOf(e.reachedOn())))));
	}

	@EventListener
	void on(IgMemberAdded e) {
		writer.append(NewEntry.of(e.by(), "MEMBER_ADDED", IG, e.id(), e.provinceCode(), e.ikmId() + " · " + e.ikmName()));
	}

	@EventListener
	void on(IgMemberRemoved e) {
		writer.append(NewEntry.of(e.by(), "MEMBER_REMOVED", IG, e.id(), e.provinceCode(), String.valueOf(e.ikmId())));
	}
}
