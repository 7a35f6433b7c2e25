package id.canting.registry;

import java.util.List;

/** Test data: a valid IKM input, to be changed one field at a time. */
public final class IkmInputs {

	private IkmInputs() {
	}

	/** A small tulis workshop in Kota Pekalongan, outside any sentra. */
	public static IkmInput aValidIkm() {
		return new IkmInput("9120000000001", "Batik Sekar Jagad", "Siti Aminah", "FEMALE", "Jl. Kauman No. 5",
				"33.75", null, "REGULAR", List.of("TULIS"), List.of("FABRIC"), List.of("NATURAL"), 2, 6, 120,
				150_000_000L, 2005, "081234567890", "sekar@example.id");
	}

	public static IkmInput withNib(IkmInput i, String nib) {
		return new IkmInput(nib, i.name(), i.ownerName(), i.ownerGender(), i.address(), i.regencyCode(), i.sentraId(),
				i.kind(), i.techniques(), i.categories(), i.dyes(), i.workersMale(), i.workersFemale(),
				i.capacityPerMonth(), i.investmentIdr(), i.yearFounded(), i.phone(), i.email());
	}

	public static IkmInput withName(IkmInput i, String name) {
		return new IkmInput(i.nib(), name, i.ownerName(), i.ownerGender(), i.address(), i.regencyCode(), i.sentraId(),
				i.kind(), i.techniques(), i.categories(), i.dyes(), i.workersMale(), i.workersFemale(),
				i.capacityPerMonth(), i.investmentIdr(), i.yearFounded(), i.phone(), i.email());
	}

	public static IkmInput withTechniques(IkmInput i, List<String> techniques) {
		return new IkmInput(i.nib(), i.name(), i.ownerName(), i.ownerGender(), i.address(), i.regencyCode(),
				i.sentraId(), i.kind(), techniques, i.categories(), i.dyes(), i.workersMale(), i.workersFemale(),
				i.capacityPerMonth(), i.investmentIdr(), i.yearFounded(), i.phone(), i.email());
	}

	public static IkmInput withWorkersAndInvestment(IkmInput i, Integer male, Integer female, Long investment) {
		return new IkmInput(i.nib(), i.name(), i.ownerName(), i.ownerGender(), i.address(), i.regencyCode(),
				i.sentraId(), i.kind(), i.techniques(), i.categories(), i.dyes(), male, female, i.capacityPerMonth(),
				investment, i.yearFounded(), i.phone(), i.email());
	}

	public static IkmInput inRegency(IkmInput i, String regencyCode, Long sentraId) {
		return new IkmInput(i.nib(), i.name(), i.ownerName(), i.ownerGender(), i.address(), regencyCode, sentraId,
				i.kind(), i.techniques(), i.categories(), i.dyes(), i.workersMale(), i.workersFemale(),
				i.capacityPerMonth(), i.investmentIdr(), i.yearFounded(), i.phone(), i.email());
	}
}
