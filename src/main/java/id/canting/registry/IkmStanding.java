package id.canting.registry;

/**
 * Where an IKM stands in the registry: active or not, verified or not. Only an active, verified IKM is
 * public (in the catalogue, or listed as a member elsewhere for anyone to see).
 */
public record IkmStanding(IkmId id, RecordStatus status, Verification verification) {

	/** Whether the public may see this IKM. */
	public boolean isPublic() {
		return status == RecordStatus.ACTIVE && verification == Verification.VERIFIED;
	}
}
