package id.canting.audit.internal;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which part of the audit trail a reader may see: all of it, the entries of one province (an
 * officer), or those of a set of IKM (an owner). Entity ids are text in the trail, so the IKM ids
 * are kept as text too.
 */
public record ReadScope(Kind kind, String provinceCode, Set<String> ikmIds) {

	/** The three shapes of scope the roles have. */
	public enum Kind {
		EVERYTHING, PROVINCE, OWN_IKM
	}

	public static final ReadScope EVERYTHING = new ReadScope(Kind.EVERYTHING, null, Set.of());

	public ReadScope {
		ikmIds = Set.copyOf(ikmIds);
	}

	public static ReadScope province(String provinceCode) {
		return new ReadScope(Kind.PROVINCE, provinceCode, Set.of());
	}

	public static ReadScope ownIkm(Set<Long> ikmIds) {
		return new ReadScope(Kind.OWN_IKM, null, ikmIds.stream().map(String::valueOf).collect(Collectors.toSet()));
	}

	/** Whether the record {@code entityType}/{@code entityId} is one of the owner's IKM. */
	public boolean coversIkm(String entityType, String entityId) {
		return "ikm".equals(entityType) && ikmIds.contains(entityId);
	}
}
