package id.canting.registry;

import java.util.Set;

/**
 * What another module needs to decide whether an IKM may produce for an order and how much (order
 * allocation): standing, NIB, techniques, the registry's capacity per month, the latest accepted
 * semester report's installed capacity (pieces in that semester; null without an accepted report), and
 * the facts fairness is measured by (owner's gender, size class, kind). No personal fields beyond the
 * NIB, which the caller only tests for presence.
 */
public record ProducerFacts(IkmId id, String name, String provinceCode, boolean hasNib, RecordStatus status,
		Verification verification, Set<Technique> techniques, Integer capacityPerMonth, Long reportedCapacity,
		String reportedSemester, Gender ownerGender, SizeClass sizeClass, IkmKind kind) {
}
