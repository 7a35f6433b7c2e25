package id.canting.registry.web.ikm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.canting.registry.Dye;
import id.canting.registry.Gender;
import id.canting.registry.IkmFilter;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;
import id.canting.registry.RecordStatus;
import id.canting.registry.SizeClass;
import id.canting.registry.Technique;
import id.canting.registry.Verification;
import id.canting.registry.web.catalogue.CatalogueFilterParams;

/** How the list pages and the API read the IKM filter's query parameters. */
class IkmFilterParamsTest {

	static IkmFilterParams params(String province, String regency) {
		return new IkmFilterParams(province, regency, 7L, Technique.TULIS, ProductCategory.values()[0], Dye.values()[0],
				IkmKind.values()[0], RecordStatus.ACTIVE, SizeClass.values()[0], Gender.values()[0], Verification.UNVERIFIED, "sekar");
	}

	@Test
	void thePageReadsAnEmptyProvinceAsAllProvinces() {
		assertThat(params("", null).filter().province()).isNull();
		assertThat(params("  ", "33.75").filter()).extracting(IkmFilter::province, IkmFilter::regency)
			.containsExactly(null, "33.75");
	}

	@Test
	void thePageDropsARegencyLeftOverFromAnotherProvince() {
		assertThat(params("34", "33.75").filter()).extracting(IkmFilter::province, IkmFilter::regency)
			.containsExactly("34", null);
		assertThat(params("33", "33.75").filter().regency()).isEqualTo("33.75");
		// the province code is a prefix of the regency code only with its dot: 3 is not 33's province
		assertThat(params("3", "33.75").filter().regency()).isNull();
		assertThat(params("33", "").filter().regency()).isNull();
	}

	@Test
	void thePageCarriesEveryOtherPartUnchanged() {
		IkmFilter filter = params("33", "33.75").filter();
		assertThat(filter).isEqualTo(new IkmFilter("33", "33.75", 7L, Technique.TULIS, ProductCategory.values()[0],
				Dye.values()[0], IkmKind.values()[0], RecordStatus.ACTIVE, "sekar", SizeClass.values()[0],
				Gender.values()[0], Verification.UNVERIFIED));
	}

	@Test
	void theApiTakesTheFilterExactlyAsAsked() {
		assertThat(params("34", "33.75").asGiven()).extracting(IkmFilter::province, IkmFilter::regency)
			.containsExactly("34", "33.75");
		assertThat(params("33", "33.75").asGiven()).isEqualTo(params("33", "33.75").filter());
	}

	@Test
	void theCatalogueReadsTheSameWayWithoutStatusSizeOrGender() {
		var catalogue = new CatalogueFilterParams("34", "33.75", 7L, Technique.CAP, null, null, null, "sekar");
		assertThat(catalogue.filter()).isEqualTo(
				new IkmFilter("34", null, 7L, Technique.CAP, null, null, null, null, "sekar", null, null));
		assertThat(catalogue.asGiven().regency()).isEqualTo("33.75");
		assertThat(new CatalogueFilterParams("", null, null, null, null, null, null, null).filter().province()).isNull();
	}
}
