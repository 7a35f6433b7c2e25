package id.canting.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Permenperin 64/2016: small is at most 19 workers AND investment below Rp1 billion. */
class SizeClassTest {

	@Test
	void smallUpToNineteenWorkersAndBelowOneBillion() {
		assertThat(SizeClass.of(19, 999_999_999L)).isEqualTo(SizeClass.KECIL);
		assertThat(SizeClass.of(1, 0L)).isEqualTo(SizeClass.KECIL);
	}

	@Test
	void mediumFromTwentyWorkers() {
		assertThat(SizeClass.of(20, 10_000_000L)).isEqualTo(SizeClass.MENENGAH);
	}

	@Test
	void mediumFromOneBillionInvestmentEvenWithFewWorkers() {
		assertThat(SizeClass.of(5, 1_000_000_000L)).isEqualTo(SizeClass.MENENGAH);
	}

	@Test
	void largeIndustryOnlyWithTwentyWorkersAndAboveFifteenBillion() {
		assertThat(SizeClass.isLargeIndustry(20, 15_000_000_001L)).isTrue();
		assertThat(SizeClass.isLargeIndustry(20, 15_000_000_000L)).isFalse();
		assertThat(SizeClass.isLargeIndustry(19, 20_000_000_000L)).isFalse();
	}
}
