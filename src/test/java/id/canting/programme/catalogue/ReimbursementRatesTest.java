package id.canting.programme.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.programme.catalogue.internal.RateLine;
import id.canting.registry.SizeClass;

/** The rate table's quote, with amounts computed by hand. */
class ReimbursementRatesTest {

	/** 2018 to 2020: domestic 30%, imported 25%, every size class, Rp5 M to Rp300 M per company. */
	static final ReimbursementRates RATES_2018_2020 = new ReimbursementRates(
			List.of(rate(MachineOrigin.DOMESTIC, null, "30"), rate(MachineOrigin.IMPORTED, null, "25")), 5_000_000L,
			300_000_000L);

	/** 2016 to 2017: domestic 45% kecil / 35% menengah, imported 35% / 25%, no minimum or maximum. */
	static final ReimbursementRates RATES_2016_2017 = new ReimbursementRates(List.of(
			rate(MachineOrigin.DOMESTIC, SizeClass.KECIL, "45"), rate(MachineOrigin.DOMESTIC, SizeClass.MENENGAH, "35"),
			rate(MachineOrigin.IMPORTED, SizeClass.KECIL, "35"), rate(MachineOrigin.IMPORTED, SizeClass.MENENGAH, "25")),
			null, null);

	@Test
	void paysEachMachineItsShareAndAddsThemUp() {
		// 30% of Rp400 M = Rp120 M; 25% of Rp200 M = Rp50 M; together Rp170 M
		ReimbursementQuote quote = RATES_2018_2020.quote(SizeClass.KECIL,
				List.of(machine(MachineOrigin.DOMESTIC, 400_000_000L), machine(MachineOrigin.IMPORTED, 200_000_000L)));
		assertThat(quote.lines()).extracting(ReimbursementQuote.Line::amountIdr).containsExactly(120_000_000L, 50_000_000L);
		assertThat(quote.lines()).extracting(ReimbursementQuote.Line::ratePercent)
			.containsExactly(new BigDecimal("30"), new BigDecimal("25"));
		assertThat(quote.linesTotalIdr()).isEqualTo(170_000_000L);
		assertThat(quote.amountIdr()).isEqualTo(170_000_000L);
		assertThat(quote.reasons()).isEmpty();
	}

	@Test
	void capsTheTotalAtTheMaximumPerCompany() {
		// 30% of Rp1.2 bn = Rp360 M, above the maximum of Rp300 M
		ReimbursementQuote quote = RATES_2018_2020.quote(SizeClass.MENENGAH,
				List.of(machine(MachineOrigin.DOMESTIC, 1_200_000_000L)));
		assertThat(quote.lines().get(0).amountIdr()).isEqualTo(360_000_000L);
		assertThat(quote.linesTotalIdr()).isEqualTo(360_000_000L);
		assertThat(quote.amountIdr()).isEqualTo(300_000_000L);
		assertThat(quote.reasons()).containsExactly(
				new QuoteReason("maximum", "programme.quote.reason.maximum", List.of(360_000_000L, 300_000_000L)));
	}

	@Test
	void paysNothingBelowTheMinimumAndSaysWhy() {
		// 30% of Rp10 M = Rp3 M, below the minimum of Rp5 M
		ReimbursementQuote quote = RATES_2018_2020.quote(SizeClass.KECIL,
				List.of(machine(MachineOrigin.DOMESTIC, 10_000_000L)));
		assertThat(quote.lines().get(0).amountIdr()).isEqualTo(3_000_000L);
		assertThat(quote.amountIdr()).isZero();
		assertThat(quote.reasons()).containsExactly(
				new QuoteReason("minimum", "programme.quote.reason.minimum", List.of(3_000_000L, 5_000_000L)));
	}

	@Test
	void paysExactlyTheMinimumAndTheMaximum() {
		// 25% of Rp20 M = Rp5 M (the minimum); 25% of Rp1.2 bn = Rp300 M (the maximum)
		assertThat(RATES_2018_2020.quote(SizeClass.KECIL, List.of(machine(MachineOrigin.IMPORTED, 20_000_000L))))
			.satisfies(q -> assertThat(q.amountIdr()).isEqualTo(5_000_000L))
			.satisfies(q -> assertThat(q.reasons()).isEmpty());
		assertThat(RATES_2018_2020.quote(SizeClass.KECIL, List.of(machine(MachineOrigin.IMPORTED, 1_200_000_000L))))
			.satisfies(q -> assertThat(q.amountIdr()).isEqualTo(300_000_000L))
			.satisfies(q -> assertThat(q.reasons()).isEmpty());
	}

	@Test
	void usesTheRateOfTheSizeClassWhenTheTableHasOne() {
		// kecil: 45% of Rp100 M + 35% of Rp100 M = Rp45 M + Rp35 M; menengah: 35% + 25% = Rp35 M + Rp25 M
		List<PricedMachine> machines = List.of(machine(MachineOrigin.DOMESTIC, 100_000_000L),
				machine(MachineOrigin.IMPORTED, 100_000_000L));
		ReimbursementQuote kecil = RATES_2016_2017.quote(SizeClass.KECIL, machines);
		assertThat(kecil.lines()).extracting(ReimbursementQuote.Line::amountIdr).containsExactly(45_000_000L, 35_000_000L);
		assertThat(kecil.amountIdr()).isEqualTo(80_000_000L);
		ReimbursementQuote menengah = RATES_2016_2017.quote(SizeClass.MENENGAH, machines);
		assertThat(menengah.lines()).extracting(ReimbursementQuote.Line::amountIdr)
			.containsExactly(35_000_000L, 25_000_000L);
		assertThat(menengah.amountIdr()).isEqualTo(60_000_000L);
		assertThat(menengah.reasons()).isEmpty();
	}

	@Test
	void aLineForTheSizeClassTakesPrecedenceOverALineForEverySizeClass() {
		ReimbursementRates rates = new ReimbursementRates(List.of(rate(MachineOrigin.DOMESTIC, null, "30"),
				rate(MachineOrigin.DOMESTIC, SizeClass.KECIL, "45")), null, null);
		assertThat(rates.rateFor(MachineOrigin.DOMESTIC, SizeClass.KECIL)).map(RateLine::plainPercent)
			.contains(new BigDecimal("45"));
		assertThat(rates.rateFor(MachineOrigin.DOMESTIC, SizeClass.MENENGAH)).map(RateLine::plainPercent)
			.contains(new BigDecimal("30"));
		assertThat(rates.rateFor(MachineOrigin.IMPORTED, SizeClass.KECIL)).isEmpty();
	}

	@Test
	void roundsEachLineDownToWholeRupiah() {
		// 30% of Rp33,333 = Rp9,999.9 -> Rp9,999; 27.5% of Rp1,000,001 = Rp275,000.275 -> Rp275,000
		ReimbursementRates rates = new ReimbursementRates(
				List.of(rate(MachineOrigin.DOMESTIC, null, "30"), rate(MachineOrigin.IMPORTED, null, "27.5")), null, null);
		ReimbursementQuote quote = rates.quote(SizeClass.KECIL,
				List.of(machine(MachineOrigin.DOMESTIC, 33_333L), machine(MachineOrigin.IMPORTED, 1_000_001L)));
		assertThat(quote.lines()).extracting(ReimbursementQuote.Line::amountIdr).containsExactly(9_999L, 275_000L);
		assertThat(quote.amountIdr()).isEqualTo(284_999L);
	}

	@Test
	void aMachineWithoutARatePaysNothingAndSaysSo() {
		ReimbursementRates domesticKecilOnly = new ReimbursementRates(
				List.of(rate(MachineOrigin.DOMESTIC, SizeClass.KECIL, "45")), null, null);
		ReimbursementQuote quote = domesticKecilOnly.quote(SizeClass.MENENGAH,
				List.of(machine(MachineOrigin.DOMESTIC, 100_000_000L), machine(MachineOrigin.DOMESTIC, 50_000_000L)));
		assertThat(quote.lines()).allSatisfy(line -> {
			assertThat(line.ratePercent()).isNull();
			assertThat(line.amountIdr()).isZero();
		});
		assertThat(quote.amountIdr()).isZero();
		assertThat(quote.reasons()).containsExactly(new QuoteReason("noRate", "programme.quote.reason.noRate",
				List.of(MachineOrigin.DOMESTIC, SizeClass.MENENGAH)));
	}

	@Test
	void keepsItsLinesInOneOrderWhateverTheyWereGivenIn() {
		ReimbursementRates rates = new ReimbursementRates(List.of(rate(MachineOrigin.IMPORTED, null, "25"),
				rate(MachineOrigin.DOMESTIC, SizeClass.KECIL, "45"), rate(MachineOrigin.DOMESTIC, null, "30.50")), null,
				null);
		assertThat(rates.describeRates()).isEqualTo("DOMESTIC 30.5%, DOMESTIC KECIL 45%, IMPORTED 25%");
	}

	static RateLine rate(MachineOrigin origin, SizeClass sizeClass, String percent) {
		return new RateLine(origin, sizeClass, new BigDecimal(percent));
	}

	static PricedMachine machine(MachineOrigin origin, long priceIdr) {
		return new PricedMachine(origin, priceIdr);
	}
}
