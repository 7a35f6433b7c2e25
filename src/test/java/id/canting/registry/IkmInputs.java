package id.canting.registry;

import java.util.List;

/**
 * Test data: a valid IKM input, to be changed one field at a time. The older spelling of
 * {@link IkmMother} (which holds the defaults), kept for the tests written with it.
 */
public final class IkmInputs {

	private IkmInputs() {
	}

	/** A small tulis workshop in Kota Pekalongan, outside any sentra, with NIB 9120000000001. */
	public static IkmInput aValidIkm() {
		return IkmMother.anIkm().withNib("9120000000001").build();
	}

	public static IkmInput withNib(IkmInput i, String nib) {
		return IkmMother.from(i).withNib(nib).build();
	}

	public static IkmInput withName(IkmInput i, String name) {
		return IkmMother.from(i).named(name).build();
	}

	public static IkmInput withTechniques(IkmInput i, List<String> techniques) {
		return IkmMother.from(i).withTechniques(techniques.toArray(String[]::new)).build();
	}

	public static IkmInput withWorkersAndInvestment(IkmInput i, Integer male, Integer female, Long investment) {
		return IkmMother.from(i).withWorkers(male, female).withInvestment(investment).build();
	}

	public static IkmInput inRegency(IkmInput i, String regencyCode, Long sentraId) {
		IkmMother moved = IkmMother.from(i).inRegency(regencyCode);
		return sentraId == null ? moved.build() : moved.inSentra(sentraId).build();
	}
}
