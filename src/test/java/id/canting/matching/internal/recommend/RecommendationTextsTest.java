package id.canting.matching.internal.recommend;

import static id.canting.matching.internal.recommend.Counterparts.aBuyer;
import static id.canting.matching.internal.recommend.Counterparts.aSeller;
import static id.canting.matching.VolumeUnit.METRE;
import static id.canting.registry.ProductCategory.FABRIC;
import static id.canting.registry.Technique.CAP;
import static id.canting.registry.Technique.TULIS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import id.canting.certification.BatikmarkStanding;

/** The reasons as the application's message bundles say them: numbers the Indonesian and the English way. */
class RecommendationTextsTest {

	private static final Locale ID = Locale.forLanguageTag("id");

	private final RecommendationTexts texts = new RecommendationTexts(messages());

	private final Recommender recommender = new Recommender(RecommendationWeights.DEFAULTS);

	private final BuyerInterest buyer = aBuyer().wanting(CAP).volume(3000, METRE).requiringBatikmark().build();

	private final SellerOffer seller = aSeller().making(CAP).capacity(5000, METRE).batikmark(BatikmarkStanding.CERTIFIED)
		.build();

	@Test
	void saysTheIssuesSentenceToTheBuyer() {
		Phrase summary = recommender.sellersFor(buyer, List.of(seller)).ranked().get(0).summary();

		assertThat(texts.say(summary, Locale.ENGLISH))
			.isEqualTo("Wants batik cap, 3,000 m/month, Batikmark required — this IKM: cap, Batikmark, 5,000 m/month");
		assertThat(texts.say(summary, ID))
			.isEqualTo("Mencari batik cap, 3.000 m/bulan, wajib Batikmark — IKM ini: cap, Batikmark, 5.000 m/bulan");
	}

	@Test
	void saysTheSummaryToTheSellerAsYourIkm() {
		Phrase summary = recommender.buyersFor(seller, List.of(buyer)).ranked().get(0).summary();

		assertThat(texts.say(summary, Locale.ENGLISH)).endsWith("— your IKM: cap, Batikmark, 5,000 m/month");
		assertThat(texts.say(summary, ID)).endsWith("— IKM Anda: cap, Batikmark, 5.000 m/bulan");
	}

	@Test
	void saysMismatchesInWordsWithAlternativesAndRupiah() {
		BuyerInterest wantsMore = aBuyer().wanting(CAP, TULIS).wantingCategories(FABRIC).volume(3000, METRE)
			.price(50_000L, 100_000L).build();
		SellerOffer dear = aSeller().making(CAP).capacity(2000, METRE).price(150_000L, 300_000L).build();
		Recommendation r = recommender.sellersFor(wantsMore, List.of(dear)).ranked().get(0);

		assertThat(r.rules()).extracting(rule -> texts.say(rule.reason(), Locale.ENGLISH)).containsExactly(
				"Makes cap, but not tulis", "The IKM lists no product category (wanted: fabric)",
				"Capacity of 2,000 m/month covers 66% of the 3,000 m/month wanted", "No Batikmark yet",
				"IKM prices above the range the buyer pays: buyer Rp50,000–Rp100,000, IKM Rp150,000–Rp300,000",
				"Another province (or abroad)", "Not an exhibitor: meets at a table");
		assertThat(texts.say(r.rules().get(4).reason(), ID))
			.isEqualTo("Harga IKM di atas kisaran pembeli: pembeli Rp50.000–Rp100.000, IKM Rp150.000–Rp300.000");
		assertThat(texts.say(Phrase.of("technique.mismatch", FitRules.labels("technique", List.of(TULIS, CAP)),
				FitRules.labels("technique", List.of(CAP))), ID)).isEqualTo("Tidak membuat tulis/cap (membuat cap)");
	}

	@Test
	void saysHowManyAreNotShown() {
		Recommendations result = recommender.sellersFor(buyer,
				List.of(aSeller().id(1).build(), aSeller().id(2).build(), aSeller().id(3).build()));

		assertThat(texts.say(result.notShown().get(0).phrase(), Locale.ENGLISH))
			.isEqualTo("3 IKM are not shown: Batikmark is required and they do not hold it");
		assertThat(texts.say(result.notShown().get(0).phrase(), ID))
			.isEqualTo("3 IKM tidak ditampilkan: Batikmark disyaratkan dan IKM tersebut belum memegangnya");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
