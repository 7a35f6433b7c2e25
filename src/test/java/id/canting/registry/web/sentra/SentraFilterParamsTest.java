package id.canting.registry.web.sentra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.canting.registry.RecordStatus;
import id.canting.registry.Revitalisation;
import id.canting.registry.SentraFilter;

/** How the sentra list page and the API read the sentra filter's query parameters. */
class SentraFilterParamsTest {

	@Test
	void thePageReadsAnEmptyProvinceAsAllAndDropsARegencyOfAnotherProvince() {
		assertThat(new SentraFilterParams("", "33.75", null, null, null).filter())
			.extracting(SentraFilter::province, SentraFilter::regency).containsExactly(null, "33.75");
		assertThat(new SentraFilterParams("34", "33.75", null, null, null).filter())
			.extracting(SentraFilter::province, SentraFilter::regency).containsExactly("34", null);
	}

	@Test
	void theApiTakesTheFilterExactlyAsAskedWithEveryPart() {
		assertThat(new SentraFilterParams("34", "33.75", Revitalisation.DONE, RecordStatus.ACTIVE, "kauman").asGiven())
			.isEqualTo(new SentraFilter("34", "33.75", Revitalisation.DONE, RecordStatus.ACTIVE, "kauman"));
	}
}
