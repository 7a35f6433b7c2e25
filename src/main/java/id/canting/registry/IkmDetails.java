package id.canting.registry;

import java.util.ArrayList;
import java.util.Collection;
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

	/**
	 * These details with the named fields taken from {@code other}: how an owner's descriptive fields
	 * apply at once, and how an accepted change applies only the fields the owner changed.
	 */
	public IkmDetails withFieldsOf(IkmDetails other, Collection<String> fields) {
		Picker p = new Picker(fields);
		return new IkmDetails(p.pick("nib", nib, other.nib), p.pick("name", name, other.name),
				p.pick("ownerName", ownerName, other.ownerName), p.pick("ownerGender", ownerGender, other.ownerGender),
				p.pick("address", address, other.address), p.pick("regencyCode", regencyCode, other.regencyCode),
				p.pick("sentraId", sentraId, other.sentraId), p.pick("kind", kind, other.kind),
				p.pick("techniques", techniques, other.techniques), p.pick("categories", categories, other.categories),
				p.pick("dyes", dyes, other.dyes), p.pick("workersMale", workersMale, other.workersMale),
				p.pick("workersFemale", workersFemale, other.workersFemale),
				p.pick("capacityPerMonth", capacityPerMonth, other.capacityPerMonth),
				p.pick("investmentIdr", investmentIdr, other.investmentIdr),
				p.pick("yearFounded", yearFounded, other.yearFounded), p.pick("phone", phone, other.phone),
				p.pick("email", email, other.email));
	}

	/** The value of one field by the name errors and change histories use (sets sorted, as the forms list them). */
	public Object value(String field) {
		return switch (field) {
			case "nib" -> nib;
			case "name" -> name;
			case "ownerName" -> ownerName;
			case "ownerGender" -> ownerGender;
			case "address" -> address;
			case "regencyCode" -> regencyCode;
			case "sentraId" -> sentraId;
			case "kind" -> kind;
			case "techniques" -> new TreeSet<>(techniques);
			case "categories" -> new TreeSet<>(categories);
			case "dyes" -> new TreeSet<>(dyes);
			case "workersMale" -> workersMale;
			case "workersFemale" -> workersFemale;
			case "capacityPerMonth" -> capacityPerMonth;
			case "investmentIdr" -> investmentIdr;
			case "yearFounded" -> yearFounded;
			case "phone" -> phone;
			case "email" -> email;
			default -> throw new IllegalArgumentException("no IKM field " + field);
		};
	}

	/** The same details as input, to pass the field rules again (an accepted change meets the IKM as it is then). */
	public IkmInput toInput() {
		return new IkmInput(nib, name, ownerName, ownerGender.name(), address, regencyCode, sentraId, kind.name(),
				names(techniques), names(categories), names(dyes), workersMale, workersFemale, capacityPerMonth,
				investmentIdr, yearFounded, phone, email);
	}

	private static List<String> names(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toList();
	}

	private record Picker(Collection<String> fields) {
		<T> T pick(String field, T mine, T theirs) {
			return fields.contains(field) ? theirs : mine;
		}
	}
}
