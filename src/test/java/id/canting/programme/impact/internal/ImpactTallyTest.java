package id.canting.programme.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The impact arithmetic, against figures worked out by hand. */
class ImpactTallyTest {

	static IndicatorMeasurement m(int workers, long capacity, long sales, int dye, boolean mark, String indi) {
		return new IndicatorMeasurement(LocalDate.of(2024, 3, 1), workers, capacity, sales, dye, mark, new BigDecimal(indi));
	}

	/**
	 * Three beneficiaries measured both times, one with a baseline only, one not measured at all:
	 * <pre>
	 *            workers  capacity  sales (Rp)     dye %  Batikmark  INDI
	 * A before   10       300       120,000,000    10     no         1.50
	 * A after    12       360       150,000,000    40     yes        2.00
	 * B before   20       500       300,000,000    0      yes        2.25
	 * B after    21       550       330,000,000    15     yes        2.50
	 * C before   5        100        50,000,000    25     no         1.00
	 * C after    5        120        60,000,000    30     no         1.10
	 * D before   8        200        80,000,000    50     no         3.00   (no follow-up: not counted)
	 * totals     35 → 38  900 → 1,030  470 M → 540 M
	 * workers +3 = +8.6 % (3/35 = 8.571); averages 11.67 → 12.67 (35/3, 38/3), change 1.00
	 * capacity +130 = +14.4 % (130/900 = 14.444); averages 300.00 → 343.33
	 * sales +70 M = +14.9 % (70/470 = 14.894); averages 156,666,666.67 → 180,000,000.00
	 * dye averages 11.67 → 28.33 (35/3, 85/3), +16.66 points
	 * Batikmark 1 → 2 holders; INDI averages 1.58 → 1.87 (4.75/3 = 1.5833, 5.60/3 = 1.8667), +0.29
	 * </pre>
	 */
	@Test
	void comparesBeforeAndAfterOverTheBeneficiariesMeasuredBothTimes() {
		ImpactTally tally = new ImpactTally();
		tally.add(m(10, 300, 120_000_000, 10, false, "1.50"), m(12, 360, 150_000_000, 40, true, "2.00"));
		tally.add(m(20, 500, 300_000_000, 0, true, "2.25"), m(21, 550, 330_000_000, 15, true, "2.50"));
		tally.add(m(5, 100, 50_000_000, 25, false, "1.00"), m(5, 120, 60_000_000, 30, false, "1.10"));
		tally.add(m(8, 200, 80_000_000, 50, false, "3.00"), null);
		tally.add(null, null);

		ImpactFigures f = tally.figures();
		assertThat(f.beneficiaries()).isEqualTo(5);
		assertThat(f.measured()).isEqualTo(3);
		assertThat(f.lackingFollowUp()).isEqualTo(2);

		ImpactMeasure workers = f.measure("workers");
		assertThat(workers.totalBefore()).isEqualTo(35);
		assertThat(workers.totalAfter()).isEqualTo(38);
		assertThat(workers.totalChange()).isEqualTo(3);
		assertThat(workers.changePercent()).isEqualByComparingTo("8.6");
		assertThat(workers.averageBefore()).isEqualByComparingTo("11.67");
		assertThat(workers.averageAfter()).isEqualByComparingTo("12.67");
		assertThat(workers.averageChange()).isEqualByComparingTo("1.00");

		ImpactMeasure capacity = f.measure("capacityPiecesPerMonth");
		assertThat(capacity.totalBefore()).isEqualTo(900);
		assertThat(capacity.totalAfter()).isEqualTo(1_030);
		assertThat(capacity.changePercent()).isEqualByComparingTo("14.4");
		assertThat(capacity.averageBefore()).isEqualByComparingTo("300.00");
		assertThat(capacity.averageAfter()).isEqualByComparingTo("343.33");

		ImpactMeasure sales = f.measure("annualSalesIdr");
		assertThat(sales.totalBefore()).isEqualTo(470_000_000L);
		assertThat(sales.totalAfter()).isEqualTo(540_000_000L);
		assertThat(sales.totalChange()).isEqualTo(70_000_000L);
		assertThat(sales.changePercent()).isEqualByComparingTo("14.9");
		assertThat(sales.averageBefore()).isEqualByComparingTo("156666666.67");
		assertThat(sales.averageAfter()).isEqualByComparingTo("180000000.00");

		ImpactMeasure dye = f.measure("naturalDyePercent");
		assertThat(dye.totalBefore()).isNull();
		assertThat(dye.averageBefore()).isEqualByComparingTo("11.67");
		assertThat(dye.averageAfter()).isEqualByComparingTo("28.33");
		assertThat(dye.averageChange()).isEqualByComparingTo("16.66");
		assertThat(dye.changePercent()).isNull();

		ImpactMeasure batikmark = f.measure("batikmark");
		assertThat(batikmark.totalBefore()).isEqualTo(1);
		assertThat(batikmark.totalAfter()).isEqualTo(2);
		assertThat(batikmark.totalChange()).isEqualTo(1);
		assertThat(batikmark.averageBefore()).isNull();

		ImpactMeasure indi = f.measure("indiScore");
		assertThat(indi.averageBefore()).isEqualByComparingTo("1.58");
		assertThat(indi.averageAfter()).isEqualByComparingTo("1.87");
		assertThat(indi.averageChange()).isEqualByComparingTo("0.29");

		assertThat(f.measures()).extracting(ImpactMeasure::key).containsExactly("workers", "capacityPiecesPerMonth",
				"annualSalesIdr", "naturalDyePercent", "batikmark", "indiScore");
	}

	@Test
	void withNobodyMeasuredBothTimesThereAreCountsButNoAveragesOrPercentages() {
		ImpactTally tally = new ImpactTally();
		tally.add(m(8, 200, 80_000_000, 50, false, "3.00"), null);
		ImpactFigures f = tally.figures();
		assertThat(f.beneficiaries()).isEqualTo(1);
		assertThat(f.measured()).isZero();
		assertThat(f.lackingFollowUp()).isEqualTo(1);
		assertThat(f.measure("workers").totalBefore()).isZero();
		assertThat(f.measure("workers").averageBefore()).isNull();
		assertThat(f.measure("workers").changePercent()).isNull();
		assertThat(f.measure("indiScore").averageChange()).isNull();
	}

	@Test
	void aFallIsANegativeChange() {
		ImpactTally tally = new ImpactTally();
		tally.add(m(10, 300, 100_000_000, 20, true, "2.00"), m(8, 240, 90_000_000, 10, false, "1.50"));
		ImpactFigures f = tally.figures();
		assertThat(f.measure("workers").changePercent()).isEqualByComparingTo("-20.0");
		assertThat(f.measure("annualSalesIdr").changePercent()).isEqualByComparingTo("-10.0");
		assertThat(f.measure("batikmark").totalChange()).isEqualTo(-1);
		assertThat(f.measure("naturalDyePercent").averageChange()).isEqualByComparingTo("-10.00");
	}
}
