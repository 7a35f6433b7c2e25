package id.canting.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import id.canting.shared.FieldChange;

/**
 * The descriptive facts of an IKM after {@link IkmRules} accepted them: what the owner or officer
 * states, as opposed to what the registry decides (size class, status, verification).
 */
public record IkmDetails(String nib, String name, String ownerName, Gender ownerGender, String address,
		String regencyCode, Long sentraId, IkmKind kind, Set<Technique> techniques, Set<ProductCategory> categories,
		Set<Dye> dyes, int workersMale, int workersFemale, Integer capacityPerMonth, long investmentIdr,
		Integer yearFounded, String phone, String email) {

	public IkmDetails {
		techniques = Set.copyOf(techniques);
		categories = Set.copyOf(categories);
		dyes = Set.copyOf(dyes);
	}

	public int workers() {
		return workersMale + workersFemale;
	}

	public SizeClass sizeClass() {
		return SizeClass.of(workers(), investmentIdr);
	}

	/** Every field whose value differs from {@code before}, for the change history. */
	public List<FieldChange> changesFrom(IkmDetails before) {
		List<FieldChange> changes = new ArrayList<>();
		compare(changes, "nib", before.nib, nib);
		compare(changes, "name", before.name, name);
		compare(changes, "ownerName", before.ownerName, ownerName);
		compare(changes, "ownerGender", before.ownerGender, ownerGender);
		compare(changes, "address", before.address, address);
		compare(changes, "regencyCode", before.regencyCode, regencyCode);
		compare(changes, "sentraId", before.sentraId, sentraId);
		compare(changes, "kind", before.kind, kind);
		compare(changes, "techniques", new TreeSet<>(before.techniques), new TreeSet<>(techniques));
		compare(changes, "categories", new TreeSet<>(before.categories), new TreeSet<>(categories));
		compare(changes, "dyes", new TreeSet<>(before.dyes), new TreeSet<>(dyes));
		compare(changes, "workersMale", before.workersMale, workersMale);
		compare(changes, "workersFemale", before.workersFemale, workersFemale);
		compare(changes, "capacityPerMonth", before.capacityPerMonth, capacityPerMonth);
		compare(changes, "investmentIdr", before.investmentIdr, investmentIdr);
		compare(changes, "yearFounded", before.yearFounded, yearFounded);
		compare(changes, "phone", before.phone, phone);
		compare(changes, "email", before.email, email);
		return changes;
	}

	private static void compare(List<FieldChange> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new FieldChange(field, before == null ? null : before.toString(),
					after == null ? null : after.toString()));
		}
	}
}
