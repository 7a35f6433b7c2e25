package id.canting.registry.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.canting.registry.IkmDetails;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.shared.Actor;
import id.canting.shared.FieldChange;

/**
 * Which changes of an IKM its owner makes directly and which wait for the provincial office. The
 * office verifies an IKM, and the ministry publishes figures counted from the registry (workers, IKM
 * per province, regency, sentra, technique, category, dye, kind, size class, women-owned share), so
 * a field that identifies the IKM or feeds one of those figures changes only once an officer of the
 * IKM's province (or an admin) accepted it: NIB, owner's gender, regency (and with it the province),
 * sentra, kind, techniques, categories, dyes, workers, capacity, investment (which with the workers
 * decides the size class) and founding year. The descriptive fields (the name the IKM trades under,
 * its owner's name, address, phone and email) are the owner's to keep up to date and change at once.
 *
 * <p>The rule holds whether or not the IKM is verified yet: every active IKM counts in the figures
 * from the day an officer registers it, so an unverified IKM's owner could move them just as well.
 * Officers and admins edit every field directly, as before; the rule is about who asks, not how (the
 * page, the API and the import all pass through {@link IkmManagement#update}).
 */
public final class IkmReviewPolicy {

	/** Fields an owner's change to goes to review, in the order the form shows them. */
	public static final List<String> REVIEWED = List.of("nib", "ownerGender", "kind", "yearFounded", "regencyCode",
			"sentraId", "techniques", "categories", "dyes", "capacityPerMonth", "workersMale", "workersFemale",
			"investmentIdr");

	/** Fields the owner changes directly. */
	public static final List<String> DIRECT = List.of("name", "ownerName", "address", "phone", "email");

	private static final Set<String> REVIEWED_SET = Set.copyOf(REVIEWED);

	private IkmReviewPolicy() {
	}

	/** Whether this actor's changes to this IKM's reviewed fields wait for the office: its owner's do. */
	public static boolean reviewsChangesBy(Actor actor, IkmId ikm) {
		return actor.ownsIkm(ikm.value()) && !actor.isAdmin();
	}

	public static boolean isReviewed(String field) {
		return REVIEWED_SET.contains(field);
	}

	/**
	 * Splits what the owner sent into what applies now (the IKM as it stands with the owner's
	 * descriptive fields) and the reviewed fields whose values differ from the IKM's.
	 */
	public static Split split(IkmDetails current, IkmDetails wanted) {
		Set<String> changed = wanted.changesFrom(current).stream().map(FieldChange::field).collect(Collectors.toSet());
		List<String> reviewed = REVIEWED.stream().filter(changed::contains).toList();
		return new Split(current.withFieldsOf(wanted, DIRECT), reviewed);
	}

	/** What applies at once, and the names of the reviewed fields the owner changed (none: nothing to review). */
	public record Split(IkmDetails direct, List<String> reviewed) {
	}
}
