package id.canting.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import id.canting.registry.Gender;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;
import id.canting.registry.Verification;

class IkmRowIdentityTest {

	static IkmDetails ikm(String nib, String name) {
		return new IkmDetails(nib, name, "Siti", Gender.FEMALE, null, "33.26", null, IkmKind.REGULAR,
				Set.of(Technique.TULIS), Set.of(ProductCategory.FABRIC), Set.of(), 2, 3, null, 10_000_000L, null, null,
				null);
	}

	@Test
	void aCopiedRowWithAnotherNibAndNameIsAnotherBusiness() {
		assertThat(IkmRowIdentity.problem(ikm("9120000000001", "Batik Sekar"), Verification.UNVERIFIED,
				ikm("9120000000002", "Batik Melati"))).isEqualTo("import.identity.other-business");
	}

	@Test
	void aCopiedRowFillingTheNibOfAnIkmWithoutOneUnderAnotherNameIsAnotherBusiness() {
		assertThat(IkmRowIdentity.problem(ikm(null, "Batik Sekar"), Verification.UNVERIFIED,
				ikm("9120000000002", "Batik Melati"))).isEqualTo("import.identity.other-business");
	}

	@Test
	void aNibCorrectionUnderTheSameNameIsAllowedWhileUnverified() {
		assertThat(IkmRowIdentity.problem(ikm("9120000000001", "Batik Sekar"), Verification.UNVERIFIED,
				ikm("9120000000011", " batik  sekar "))).isNull();
	}

	@Test
	void theNibOfAVerifiedIkmIsNeverChangedByAFile() {
		assertThat(IkmRowIdentity.problem(ikm("9120000000001", "Batik Sekar"), Verification.VERIFIED,
				ikm("9120000000011", "Batik Sekar"))).isEqualTo("import.identity.verified-nib");
		assertThat(IkmRowIdentity.problem(ikm("9120000000001", "Batik Sekar"), Verification.VERIFIED,
				ikm(null, "Batik Sekar"))).isEqualTo("import.identity.verified-nib");
	}

	@Test
	void theSameNibIsAlwaysTheSameBusinessWhateverElseChanged() {
		assertThat(IkmRowIdentity.problem(ikm("9120000000001", "Batik Sekar"), Verification.VERIFIED,
				ikm("9120000000001", "Batik Sekar Jagad"))).isNull();
	}
}
