package id.canting.registry.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.registry.Dye;
import id.canting.registry.Gender;
import id.canting.registry.IkmChangeId;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmId;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;
import id.canting.registry.events.IkmChangeAccepted;
import id.canting.registry.events.IkmChangeReturned;
import id.canting.registry.events.IkmChangeWithdrawn;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldChange;

/**
 * A change an IKM's owner asked for to fields the office reviews ({@link IkmReviewPolicy}). It holds
 * the proposed values and which fields the owner changed; accepting applies only those, onto the IKM
 * as it is then, so an officer's own edit of another field meanwhile is kept. It guards its workflow:
 * only a pending change is accepted, returned (with a reason) or withdrawn, and each step records its
 * event. The proposal itself never changes: a new one from the owner replaces it.
 */
@Table("ikm_change")
public class IkmChange extends AbstractAggregateRoot<IkmChange> {

	private @Id Long id;
	private Long ikmId;
	private IkmChangeStatus status;
	private String proposedFields;
	private String nib;
	private Gender ownerGender;
	private String regencyCode;
	private Long sentraId;
	private IkmKind kind;
	private String techniques;
	private String categories;
	private String dyes;
	private int workersMale;
	private int workersFemale;
	private Integer capacityPerMonth;
	private long investmentIdr;
	private Integer yearFounded;
	private String proposedBy;
	private Instant proposedAt;
	private String returnedReason;
	private String decidedBy;
	private Instant decidedAt;
	private @Version Integer version;

	IkmChange() {
		// for Spring Data JDBC
	}

	/** A new pending change to {@code fields}, whose values are {@code wanted}'s; the facade publishes its event. */
	static IkmChange propose(IkmId ikm, IkmDetails wanted, List<String> fields, String by, Instant now) {
		IkmChange change = new IkmChange();
		change.ikmId = ikm.value();
		change.status = IkmChangeStatus.PENDING;
		change.proposedFields = String.join(",", fields);
		change.nib = wanted.nib();
		change.ownerGender = wanted.ownerGender();
		change.regencyCode = wanted.regencyCode();
		change.sentraId = wanted.sentraId();
		change.kind = wanted.kind();
		change.techniques = joined(wanted.techniques());
		change.categories = joined(wanted.categories());
		change.dyes = joined(wanted.dyes());
		change.workersMale = wanted.workersMale();
		change.workersFemale = wanted.workersFemale();
		change.capacityPerMonth = wanted.capacityPerMonth();
		change.investmentIdr = wanted.investmentIdr();
		change.yearFounded = wanted.yearFounded();
		change.proposedBy = by;
		change.proposedAt = now;
		return change;
	}

	/** The IKM's details once this change applies to them: only the fields the owner changed move. */
	public IkmDetails appliedTo(IkmDetails current) {
		return current.withFieldsOf(proposedOver(current), fields());
	}

	/** Each changed field with its value in {@code current} and the proposed one: the diff an officer decides on. */
	public List<ProposedValue> against(IkmDetails current) {
		IkmDetails proposed = proposedOver(current);
		return fields().stream().map(f -> new ProposedValue(f, current.value(f), proposed.value(f))).toList();
	}

	/** Whether this change already asks for exactly these fields and values (sending it again changes nothing). */
	boolean proposesTheSame(IkmDetails wanted, List<String> changedFields) {
		IkmDetails proposed = proposedOver(wanted);
		return fields().equals(changedFields)
				&& changedFields.stream().allMatch(f -> Objects.equals(proposed.value(f), wanted.value(f)));
	}

	/** The office accepts; the facade applies {@link #appliedTo} to the IKM in the same transaction. */
	public void accept(String provinceCode, String by, Instant now) {
		requirePending();
		status = IkmChangeStatus.ACCEPTED;
		decide(by, now);
		registerEvent(new IkmChangeAccepted(id(), ikmId(), provinceCode, by));
	}

	/** The office sends the change back, saying why; the IKM keeps its values. */
	public void returnToOwner(String reason, String provinceCode, String by, Instant now) {
		requirePending();
		status = IkmChangeStatus.RETURNED;
		returnedReason = reason;
		decide(by, now);
		registerEvent(new IkmChangeReturned(id(), ikmId(), provinceCode, reason, by));
	}

	/** The owner takes the change back, or replaces it with a newer one. */
	public void withdraw(boolean replaced, String provinceCode, String by, Instant now) {
		requirePending();
		status = IkmChangeStatus.WITHDRAWN;
		decide(by, now);
		registerEvent(new IkmChangeWithdrawn(id(), ikmId(), provinceCode, replaced, by));
	}

	/** The change as field changes from {@code before}, for the proposal's event and the audit trail. */
	List<FieldChange> changesFrom(IkmDetails before) {
		return appliedTo(before).changesFrom(before);
	}

	private void requirePending() {
		if (status != IkmChangeStatus.PENDING) {
			throw new ConflictException("ikm.change.not-pending", id);
		}
	}

	private void decide(String by, Instant now) {
		decidedBy = by;
		decidedAt = now;
	}

	/** The proposed values in the shape of the IKM's details; the fields not proposed are {@code base}'s. */
	private IkmDetails proposedOver(IkmDetails base) {
		return new IkmDetails(nib, base.name(), base.ownerName(), ownerGender, base.address(), regencyCode, sentraId,
				kind, parsed(techniques, Technique.class, Technique::valueOf),
				parsed(categories, ProductCategory.class, ProductCategory::valueOf),
				parsed(dyes, Dye.class, Dye::valueOf), workersMale, workersFemale, capacityPerMonth, investmentIdr,
				yearFounded, base.phone(), base.email());
	}

	private static String joined(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> Set<E> parsed(String names, Class<E> type, Function<String, E> valueOf) {
		Set<E> set = EnumSet.noneOf(type);
		if (names != null && !names.isEmpty()) {
			Arrays.stream(names.split(",")).map(valueOf).forEach(set::add);
		}
		return set;
	}

	public IkmChangeId id() {
		return id == null ? null : new IkmChangeId(id);
	}

	public IkmId ikmId() {
		return new IkmId(ikmId);
	}

	public IkmChangeStatus status() {
		return status;
	}

	/** The fields the owner changed, in the order the form shows them. */
	public List<String> fields() {
		return List.of(proposedFields.split(","));
	}

	public String proposedBy() {
		return proposedBy;
	}

	public Instant proposedAt() {
		return proposedAt;
	}

	/** Why the office returned the change; null unless {@link IkmChangeStatus#RETURNED}. */
	public String returnedReason() {
		return returnedReason;
	}

	/** Who accepted, returned or withdrew it. */
	public String decidedBy() {
		return decidedBy;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public int version() {
		return version == null ? 0 : version;
	}

	/** One field of a change: its value on the IKM and the value proposed (sets sorted, enums by name). */
	public record ProposedValue(String field, Object current, Object proposed) {
	}
}
