package id.canting.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.registry.RegistryFigures.Figure;
import id.canting.statistics.IndustrySummary.Share;

/**
 * The share of IKM under a breakdown's value: always of the IKM in the selection, so a multi-valued
 * breakdown (techniques, categories, dyes) reads "86 % use tulis", not a slice of the rows.
 */
class ShareTest {

	@Test
	void aShareIsTheIkmOfTheSelectionWithOneDecimalRoundedHalfUp() {
		assertThat(Share.of("TULIS", 86, 400, 100).percentOfIkm()).isEqualTo(86.0);
		assertThat(Share.of("TULIS", 2, 12, 3).percentOfIkm()).isEqualTo(66.7);
		assertThat(Share.of("CAP", 1, 5, 3).percentOfIkm()).isEqualTo(33.3);
		// 1 of 8 is 12.5 exactly; 1 of 16 is 6.25, rounded half up to 6.3
		assertThat(Share.of("CAP", 1, 5, 8).percentOfIkm()).isEqualTo(12.5);
		assertThat(Share.of("CAP", 1, 5, 16).percentOfIkm()).isEqualTo(6.3);
		assertThat(Share.of("CAP", 5, 5, 5).percentOfIkm()).isEqualTo(100.0);
	}

	@Test
	void aShareKeepsItsCountAndItsDenominatorSoApiAndPageAgree() {
		Share share = Share.of("NATURAL", 1_234, 9_000, 5_946);
		assertThat(share.ikm()).isEqualTo(1_234);
		assertThat(share.workers()).isEqualTo(9_000);
		assertThat(share.ikmInSelection()).isEqualTo(5_946);
		assertThat(share.percentOfIkm()).isEqualTo(20.8);
	}

	@Test
	void aSelectionWithoutIkmHasNoShareRatherThanADivisionByZero() {
		assertThat(Share.of("TULIS", 0, 0, 0).percentOfIkm()).isZero();
	}

	@Test
	void sharesOfAMultiValuedBreakdownAreOfTheIkmNotOfTheRowsAndMayAddUpToMoreThanAHundred() {
		// 10 IKM: 9 use tulis, 6 use cap, 2 kombinasi; the rows count 17, which a pie would make 100 %
		List<Share> shares = IndustryAnalytics.shares(List.of(new Figure("TULIS", 9, 90, 0), new Figure("CAP", 6, 60, 0),
				new Figure("KOMBINASI", 2, 20, 0)), 10);

		assertThat(shares).extracting(Share::percentOfIkm).containsExactly(90.0, 60.0, 20.0);
		assertThat(shares).allSatisfy(s -> assertThat(s.ikmInSelection()).isEqualTo(10));
		assertThat(shares.stream().mapToDouble(Share::percentOfIkm).sum()).isGreaterThan(100);
	}

	@Test
	void theQuotedSharesOfTheDashboardRoundAsTheBreakdownSharesDo() {
		assertThat(IndustryFigures.ShareOf.of(1, 16).percent()).isEqualTo(Share.of("X", 1, 0, 16).percentOfIkm());
	}
}
