package id.canting.registry;

import java.util.ArrayList;
import java.util.List;
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
		FieldChange.addIfChanged(changes, "nib", before.nib, nib);
		FieldChange.addIfChanged(changes, "name", before.name, name);
		FieldChange.addIfChanged(changes, "ownerName", before.ownerName, ownerName);
		FieldChange.addIfChanged(changes, "ownerGender", before.ownerGender, ownerGender);
		FieldChange.addIfChanged(changes, "address", before.address, address);
		FieldChange.addIfChanged(changes, "regencyCode", before.regencyCode, regencyCode);
		FieldChange.addIfChanged(changes, "sentraId", before.sentraId, sentraId);
		FieldChange.addIfChanged(changes, "kind", before.kind, kind);
		FieldChange.addIfChanged(changes, "techniques", new TreeSet<>(before.techniques), new TreeSet<>(techniques));
		FieldChange.addIfChanged(changes, "categories", new TreeSet<>(before.categories), new TreeSet<>(categories));
		FieldChange.addIfChanged(changes, "dyes", new TreeSet<>(before.dyes), new TreeSet<>(dyes));
		FieldChange.addIfChanged(changes, "workersMale", before.workersMale, workersMale);
		FieldChange.addIfChanged(changes, "workersFemale", before.workersFemale, workersFemale);
		FieldChange.addIfChanged(changes, "capacityPerMonth", before.capacityPerMonth, capacityPerMonth);
		FieldChange.addIfChanged(changes, "investmentIdr", before.investmentIdr, investmentIdr);
		FieldChange.addIfChanged(changes, "yearFounded", before.yearFounded, yearFounded);
		FieldChange.addIfChanged(changes, "phone", before.phone, phone);
		FieldChange.addIfChanged(changes, "email", before.email, email);
		return changes;
	}

}
