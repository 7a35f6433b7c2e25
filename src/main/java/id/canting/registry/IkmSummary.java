package id.canting.registry;

import java.util.Set;

/** One line of an IKM list. */
public record IkmSummary(long id, String nib, String name, String ownerName, String regencyCode, String provinceCode,
		Long sentraId, String sentraName, IkmKind kind, Set<Technique> techniques, int workers, SizeClass sizeClass,
		RecordStatus status, Verification verification) {
}
