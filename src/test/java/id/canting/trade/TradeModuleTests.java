package id.canting.trade;

import static id.canting.trade.ExportRecordMother.aBasket;
import static id.canting.trade.ExportRecordMother.anExport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingModuleTest;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/**
 * Trade on its own, on an empty database: recording export records, the events that tell the audit
 * trail, and the live sums the published figures are made of. Each test rolls back (stimuli run in
 * the test's transaction, see {@code RegistryModuleTests}).
 */
@CantingModuleTest
@Transactional
class TradeModuleTests {

	static final YearMonth JULY = YearMonth.of(2024, 7);

	@Autowired
	TradeManagement trade;

	@Autowired
	TradeFigures figures;

	@Test
	void recordingAnExportPublishesExportRecordRecorded(Scenario scenario) {
		scenario.stimulate(tx -> anExport().inMonth("2024-07").ofHsCode("6205.20.10").to("us").worthUsd("1250.50")
			.recordWith(trade))
			.andWaitForEventOfType(ExportRecordRecorded.class)
			.toArriveAndVerify((event, record) -> {
				assertThat(event.id()).isEqualTo(record.id());
				assertThat(event.month()).isEqualTo("2024-07");
				assertThat(event.hsCode()).isEqualTo("62052010");
				assertThat(event.countryCode()).isEqualTo("US");
				assertThat(event.valueUsd()).isEqualByComparingTo("1250.50");
				assertThat(event.by()).isEqualTo("system");
			});
	}

	@Test
	void figuresSumTheRecordsOfTheBasketsHsCodesByMonthAndDestination() {
		trade.createBasket(Actor.SYSTEM, aBasket("BATIK", "5208.52.10", "6205.20.10"));
		anExport().inMonth("2024-06").to("US").worthUsd("100.00").recordWith(trade);
		anExport().inMonth("2024-07").to("US").worthUsd("250.00").recordWith(trade);
		anExport().inMonth("2024-07").ofHsCode("6205.20.10").to("JP").worthUsd("400.00").recordWith(trade);
		// not batik by the basket: counted nowhere below
		anExport().inMonth("2024-07").ofHsCode("6109.10.00").to("JP").worthUsd("9999.00").recordWith(trade);

		TradeFigures.Totals july = figures.totals(JULY, JULY, "BATIK");
		assertThat(july.valueUsd()).isEqualByComparingTo("650.00");
		assertThat(july.records()).isEqualTo(2);
		assertThat(july.sources()).containsExactly("BPS");
		assertThat(figures.byMonth(YearMonth.of(2024, 1), JULY, "BATIK"))
			.extracting(TradeFigures.MonthFigure::month, f -> f.valueUsd().longValueExact())
			.containsExactly(tuple(YearMonth.of(2024, 6), 100L), tuple(JULY, 650L));
		assertThat(figures.byCountry(JULY, JULY, "BATIK")).extracting(TradeFigures.KeyFigure::key)
			.containsExactly("JP", "US");
		assertThat(figures.latestMonth()).contains(JULY);
	}

	@Test
	void theSameMonthCodeDestinationAndSourceIsRecordedOnce() {
		ExportRecord first = anExport().recordWith(trade);

		assertThatThrownBy(() -> anExport().worthUsd("5.00").recordWith(trade))
			.isInstanceOfSatisfying(ConflictException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("trade.export.duplicate");
				assertThat(refused.properties()).containsEntry("existingId", first.id().value());
			});
		assertThat(anExport().fromSource("Kemenperin").recordWith(trade).id()).isNotNull();
	}

	@Test
	void onlyMinistryStaffRecordTradeData() {
		Actor officer = new Actor("officer.33", Role.OFFICER, "33", java.util.Set.of());

		assertThatThrownBy(() -> trade.record(officer, anExport().build())).isInstanceOf(ForbiddenException.class);
		assertThat(figures.totals(JULY, JULY, null).records()).isZero();
	}

	/**
	 * Found by this module test's empty database: {@code latestMonth()} (and {@code earliestMonth()},
	 * {@code lastChangedAt()}) throw on an empty export_record table, as {@code single()} refuses the
	 * null of {@code max()}; so {@code ExportStatistics.defaultPeriod()} fails on an installation
	 * without demo data until the first export is recorded. A fix in src/main is not this change's to
	 * make (behaviour stays); enable this test with it.
	 */
	@Test
	void anEmptyTradeHasNoLatestMonth() {
		assertThat(figures.latestMonth()).isEmpty();
		assertThat(figures.earliestMonth()).isEmpty();
		assertThat(figures.lastChangedAt()).isEmpty();
	}
}
