package id.canting.programme.catalogue.internal;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import id.canting.registry.IkmKind;
import id.canting.registry.SizeClass;
import id.canting.registry.Technique;

/**
 * Who may benefit from a programme, as data the administrator sets per programme. An empty set or a
 * null number means the programme does not set that rule.
 *
 * @param provinces Kemendagri codes of the provinces the applicant must be in
 * @param techniques batik techniques of which the IKM must practise at least one
 * @param kinds kinds of unit allowed (e.g. only PRISON_UNIT)
 * @param sizeClasses size classes allowed
 * @param nibRequired the IKM must hold a NIB
 * @param sentraMemberRequired the IKM must be a member of a sentra
 * @param minActiveSentraMembers the sentra (the applicant, or the IKM's sentra) has at least this many active members
 * @param noBenefitWithinYears the applicant did not benefit from a programme of the same type within this many years
 * @param readiness rules on the IKM's latest verified Industry 4.0 readiness, all of which it must meet
 */
public record EligibilityRules(SortedSet<String> provinces, SortedSet<Technique> techniques, SortedSet<IkmKind> kinds,
		SortedSet<SizeClass> sizeClasses, boolean nibRequired, boolean sentraMemberRequired,
		Integer minActiveSentraMembers, Integer noBenefitWithinYears, List<ReadinessRule> readiness) {

	/** A programme open to every IKM and sentra. */
	public static final EligibilityRules NONE = new EligibilityRules(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(),
			new TreeSet<>(), false, false, null, null);

	public EligibilityRules {
		provinces = sorted(provinces);
		techniques = sorted(techniques);
		kinds = sorted(kinds);
		sizeClasses = sorted(sizeClasses);
		readiness = readiness == null ? List.of() : List.copyOf(readiness);
	}

	/** Rules without a readiness rule. */
	public EligibilityRules(SortedSet<String> provinces, SortedSet<Technique> techniques, SortedSet<IkmKind> kinds,
			SortedSet<SizeClass> sizeClasses, boolean nibRequired, boolean sentraMemberRequired,
			Integer minActiveSentraMembers, Integer noBenefitWithinYears) {
		this(provinces, techniques, kinds, sizeClasses, nibRequired, sentraMemberRequired, minActiveSentraMembers,
				noBenefitWithinYears, List.of());
	}

	/** The same rules with these readiness rules. */
	public EligibilityRules withReadiness(List<ReadinessRule> rules) {
		return new EligibilityRules(provinces, techniques, kinds, sizeClasses, nibRequired, sentraMemberRequired,
				minActiveSentraMembers, noBenefitWithinYears, rules);
	}

	/** The readiness rules in a line each, for the audit trail; null when there are none. */
	public String describeReadiness() {
		return readiness.isEmpty() ? null
				: readiness.stream().map(ReadinessRule::describe).collect(Collectors.joining("; "));
	}

	/** Whether the programme sets no rule at all. */
	public boolean isEmpty() {
		return equals(NONE);
	}

	/** The set as stored: codes comma-separated in order, or null when empty. */
	public static String joined(Collection<?> values) {
		return values.isEmpty() ? null : values.stream().map(Object::toString).collect(Collectors.joining(","));
	}

	private static <T extends Comparable<T>> SortedSet<T> sorted(Collection<T> values) {
		return java.util.Collections.unmodifiableSortedSet(values == null ? new TreeSet<>() : new TreeSet<>(values));
	}
}
