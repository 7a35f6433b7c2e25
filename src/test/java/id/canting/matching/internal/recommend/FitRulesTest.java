package id.canting.matching.internal.recommend;

import static id.canting.matching.internal.recommend.Counterparts.aBuyer;
import static id.canting.matching.internal.recommend.Counterparts.aSeller;
import static id.canting.matching.VolumeUnit.METRE;
import static id.canting.matching.VolumeUnit.PIECE;
import static id.canting.registry.ProductCategory.CLOTHING;
import static id.canting.registry.ProductCategory.FABRIC;
import static id.canting.registry.Technique.CAP;
import static id.canting.registry.Technique.KOMBINASI;
import static id.canting.registry.Technique.TULIS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.canting.certification.BatikmarkStanding;

/** Each rule on hand-made pairs: its credit, its fit and the key of its reason. */
class FitRulesTest {

	@Test
	void techniqueGivesTheShareOfWantedTechniquesMade() {
		RuleScore partial = FitRules.technique(aBuyer().wanting(CAP, TULIS).build(), aSeller().making(CAP).build(), 30);

		assertThat(partial.credit()).isEqualTo(0.5);
		assertThat(partial.points()).isEqualTo(15);
		assertThat(partial.fit()).isEqualTo(Fit.PARTIAL);
		assertThat(partial.reason().key()).isEqualTo("matching.recommend.technique.partial");
		assertThat(partial.reason().arguments()).containsExactly(
				Phrase.alternatives(java.util.List.of(Phrase.of("technique.CAP"))),
				Phrase.alternatives(java.util.List.of(Phrase.of("technique.TULIS"))));
	}

	@Test
	void techniqueMatchesFullyWhenEveryWantedTechniqueIsMade() {
		RuleScore match = FitRules.technique(aBuyer().wanting(CAP).build(), aSeller().making(CAP, TULIS).build(), 30);

		assertThat(match.credit()).isEqualTo(1);
		assertThat(match.fit()).isEqualTo(Fit.MATCH);
	}

	@Test
	void kombinasiIsNotTulis() {
		RuleScore mismatch = FitRules.technique(aBuyer().wanting(TULIS).build(), aSeller().making(KOMBINASI).build(), 30);

		assertThat(mismatch.credit()).isZero();
		assertThat(mismatch.fit()).isEqualTo(Fit.MISMATCH);
		assertThat(mismatch.reason().key()).isEqualTo("matching.recommend.technique.mismatch");
	}

	@Test
	void noWantedTechniqueMeansAnyWillDoButAnIkmListingNoneEarnsNothing() {
		assertThat(FitRules.technique(aBuyer().build(), aSeller().making(CAP).build(), 30).fit()).isEqualTo(Fit.OPEN);
		assertThat(FitRules.technique(aBuyer().build(), aSeller().making(CAP).build(), 30).credit()).isEqualTo(1);
		RuleScore unknown = FitRules.technique(aBuyer().wanting(CAP).build(), aSeller().build(), 30);
		assertThat(unknown.fit()).isEqualTo(Fit.UNKNOWN);
		assertThat(unknown.credit()).isZero();
	}

	@Test
	void categoryGivesTheShareOfWantedCategoriesMade() {
		RuleScore partial = FitRules.category(aBuyer().wantingCategories(FABRIC, CLOTHING).build(),
				aSeller().makingCategories(FABRIC).build(), 25);

		assertThat(partial.points()).isEqualTo(12.5);
		assertThat(partial.reason().key()).isEqualTo("matching.recommend.category.partial");
	}

	@Test
	void capacityCoveringTheVolumeEarnsFullCredit() {
		RuleScore match = FitRules.capacity(aBuyer().volume(3000, METRE).build(),
				aSeller().capacity(5000, METRE).build(), 20);

		assertThat(match.credit()).isEqualTo(1);
		assertThat(match.fit()).isEqualTo(Fit.MATCH);
	}

	@Test
	void capacityShortOfTheVolumeEarnsTheShareItCovers() {
		RuleScore partial = FitRules.capacity(aBuyer().volume(3000, METRE).build(),
				aSeller().capacity(2000, METRE).build(), 20);

		assertThat(partial.credit()).isEqualTo(2000.0 / 3000);
		assertThat(partial.fit()).isEqualTo(Fit.PARTIAL);
		assertThat(partial.reason().arguments()).last().isEqualTo(66L);
	}

	@Test
	void capacityInAnotherUnitOrUnstatedEarnsHalf() {
		assertThat(FitRules.capacity(aBuyer().volume(3000, METRE).build(), aSeller().capacity(5000, PIECE).build(), 20))
			.extracting(RuleScore::credit, RuleScore::fit).containsExactly(0.5, Fit.UNKNOWN);
		assertThat(FitRules.capacity(aBuyer().volume(3000, METRE).build(), aSeller().build(), 20))
			.extracting(RuleScore::credit, RuleScore::fit).containsExactly(0.5, Fit.UNKNOWN);
		assertThat(FitRules.capacity(aBuyer().build(), aSeller().build(), 20))
			.extracting(RuleScore::credit, RuleScore::fit).containsExactly(1.0, Fit.OPEN);
	}

	@Test
	void capacityFromTheRegistryWithoutUnitIsReadInTheBuyersUnit() {
		assertThat(FitRules.capacity(aBuyer().volume(3000, METRE).build(), aSeller().capacity(5000, null).build(), 20)
			.credit()).isEqualTo(1);
	}

	@Test
	void batikmarkHeldEarnsFullCreditInProcessHalfNoneNothing() {
		assertThat(FitRules.batikmark(aBuyer().build(), aSeller().batikmark(BatikmarkStanding.CERTIFIED).build(), 10)
			.credit()).isEqualTo(1);
		assertThat(FitRules.batikmark(aBuyer().build(), aSeller().batikmark(BatikmarkStanding.IN_PROCESS).build(), 10)
			.credit()).isEqualTo(0.5);
		assertThat(FitRules.batikmark(aBuyer().build(), aSeller().batikmark(BatikmarkStanding.NONE).build(), 10))
			.extracting(RuleScore::credit, RuleScore::fit).containsExactly(0.0, Fit.NO_BONUS);
	}

	@Test
	void batikmarkRequiredLeavesOutEveryIkmWithoutAValidCertificate() {
		var buyer = aBuyer().requiringBatikmark().build();

		assertThat(FitRules.batikmarkMissing(buyer, aSeller().batikmark(BatikmarkStanding.CERTIFIED).build())).isFalse();
		assertThat(FitRules.batikmarkMissing(buyer, aSeller().batikmark(BatikmarkStanding.IN_PROCESS).build())).isTrue();
		assertThat(FitRules.batikmarkMissing(buyer, aSeller().batikmark(BatikmarkStanding.NONE).build())).isTrue();
		assertThat(FitRules.batikmarkMissing(aBuyer().build(), aSeller().build())).isFalse();
	}

	@Test
	void priceRangesThatMeetEarnFullCreditAndOpenBoundsMeetAnything() {
		assertThat(FitRules.price(aBuyer().price(50_000L, 150_000L).build(), aSeller().price(100_000L, 300_000L).build(), 10)
			.fit()).isEqualTo(Fit.MATCH);
		assertThat(FitRules.price(aBuyer().price(null, 150_000L).build(), aSeller().price(150_000L, null).build(), 10)
			.fit()).isEqualTo(Fit.MATCH);
	}

	@Test
	void priceRangesApartSayWhichSideIsDearer() {
		RuleScore above = FitRules.price(aBuyer().price(50_000L, 100_000L).build(),
				aSeller().price(150_000L, 300_000L).build(), 10);
		RuleScore below = FitRules.price(aBuyer().price(500_000L, null).build(), aSeller().price(50_000L, 100_000L).build(),
				10);

		assertThat(above).extracting(RuleScore::credit, RuleScore::fit).containsExactly(0.0, Fit.MISMATCH);
		assertThat(above.reason().key()).isEqualTo("matching.recommend.price.above");
		assertThat(below.reason().key()).isEqualTo("matching.recommend.price.below");
	}

	@Test
	void priceUnstatedByTheIkmEarnsHalfAndByTheBuyerFull() {
		assertThat(FitRules.price(aBuyer().price(50_000L, 100_000L).build(), aSeller().build(), 10).credit()).isEqualTo(0.5);
		assertThat(FitRules.price(aBuyer().build(), aSeller().build(), 10).credit()).isEqualTo(1);
	}

	@Test
	void sameProvinceAndExhibitingAreSmallBonuses() {
		assertThat(FitRules.province(aBuyer().inProvince("33").build(), aSeller().inProvince("33").build(), 3).credit())
			.isEqualTo(1);
		assertThat(FitRules.province(aBuyer().inProvince(null).build(), aSeller().inProvince("33").build(), 3).fit())
			.isEqualTo(Fit.NO_BONUS);
		RuleScore booth = FitRules.exhibitor(aSeller().atBooth("A7").build(), 2);
		assertThat(booth.credit()).isEqualTo(1);
		assertThat(booth.reason()).isEqualTo(Phrase.of("exhibitor.booth", "A7"));
		assertThat(FitRules.exhibitor(aSeller().build(), 2).fit()).isEqualTo(Fit.NO_BONUS);
	}

	@Test
	void rulesWeighedZeroAreLeftOut() {
		var weights = new RecommendationWeights(30, 25, 20, 10, 10, 0, 0);

		assertThat(FitRules.score(aBuyer().build(), aSeller().build(), weights)).extracting(RuleScore::rule)
			.containsExactly(Rule.TECHNIQUE, Rule.CATEGORY, Rule.CAPACITY, Rule.BATIKMARK, Rule.PRICE);
	}
}
