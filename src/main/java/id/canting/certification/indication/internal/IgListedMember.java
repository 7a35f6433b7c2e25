package id.canting.certification.indication.internal;

import java.time.LocalDate;

import id.canting.registry.RecordStatus;

/**
 * A member of a geographical indication as a reader sees it: the IKM as it joined, and where it stands
 * in the registry today (active, verified). The public sees only active, verified members.
 */
public record IgListedMember(long ikmId, String ikmName, String regencyCode, LocalDate joinedOn, RecordStatus status,
		boolean verified) {

	/** Whether the public may see this member (as the public catalogue would show it). */
	public boolean isPublic() {
		return status == RecordStatus.ACTIVE && verified;
	}
}
