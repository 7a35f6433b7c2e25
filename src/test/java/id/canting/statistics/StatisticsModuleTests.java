package id.canting.statistics;

import static id.canting.registry.IkmMother.anIkm;
import static id.canting.registry.SentraMother.aSentra;
import static id.canting.trade.ExportRecordMother.aBasket;
import static id.canting.trade.ExportRecordMother.anExport;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.annotation.Transactional;

import id.canting.registry.Ikm;
import id.canting.registry.IkmManagement;
import id.canting.registry.Sentra;
import id.canting.registry.SentraManagement;
import id.canting.shared.Actor;
import id.canting.statistics.IndustrySummary.ProvinceFigure;
import id.canting.statistics.IndustrySummary.Share;
import id.canting.trade.TradeManagement;
import id.canting.CantingModuleTest;

/**
 * The published figures from a handful of records built through the registry's and trade's
 * facades, on an empty database: each figure can be counted by hand. Each test rolls back.
 */
@CantingModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
@Transactional
class StatisticsModuleTests {

	@Autowired
	IndustryStatistics industry;

	@Autowired
	ExportStatistics exports;

	@Autowired
	IkmManagement ikms;

	@Autowired
	SentraManagement sentras;

	@Autowired
	TradeManagement trade;

	@Test
	void anEmptyRegistryPublishesZeros() {
		IndustrySummary summary = industry.summary();

		assertThat(summary.ikm()).isZero();
		assertThat(summary.workers()).isZero();
		assertThat(summary.sentra()).isZero();
		assertThat(summary.provinces()).isZero();
		assertThat(summary.byProvince()).isEmpty();
	}

	@Test
	void theHeadlineCountsActiveIkmTheirWorkersSentraAndProvinces() {
		Sentra kauman = aSentra().inRegency("33.75").registerWith(sentras);
		anIkm().inSentra(kauman).withWorkers(2, 6).withTechniques("TULIS").registerWith(ikms);
		anIkm().inRegency("33.26").withWorkers(1, 3).withTechniques("CAP", "TULIS").registerWith(ikms);
		anIkm().inRegency("34.71").withWorkers(0, 5).withTechniques("CAP").registerWith(ikms);
		Ikm closed = anIkm().inRegency("34.71").withWorkers(10, 10).registerWith(ikms);
		ikms.deactivate(Actor.SYSTEM, closed.id());

		IndustrySummary summary = industry.summary();

		assertThat(summary.ikm()).isEqualTo(3);
		assertThat(summary.workers()).isEqualTo(17);
		assertThat(summary.sentra()).isEqualTo(1);
		assertThat(summary.provinces()).isEqualTo(2);
		assertThat(summary.byProvince()).extracting(ProvinceFigure::code, ProvinceFigure::ikm, ProvinceFigure::workers,
				ProvinceFigure::sentra)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("33", 2L, 12L, 1L),
					org.assertj.core.groups.Tuple.tuple("34", 1L, 5L, 0L));
		// an IKM working in two techniques counts under each, and each share is of the 3 IKM, not of the 4 rows
		assertThat(summary.byTechnique()).containsExactlyInAnyOrder(new Share("TULIS", 2, 12, 3, 66.7),
				new Share("CAP", 2, 9, 3, 66.7));
		assertThat(summary.workersSource().fromRegistry()).isEqualTo(3);
		assertThat(summary.workersSource().workersFromRegistry()).isEqualTo(17);
	}

	@Test
	void exportFiguresCompareThePeriodWithTheSameMonthsAYearEarlier() {
		trade.createBasket(Actor.SYSTEM, aBasket("BATIK", "5208.52.10"));
		anExport().inMonth("2023-07").worthUsd("400.00").recordWith(trade);
		anExport().inMonth("2024-07").worthUsd("500.00").recordWith(trade);
		anExport().inMonth("2024-07").to("JP").worthUsd("100.00").recordWith(trade);

		ExportSummary summary = exports.summary(Actor.SYSTEM, new Period(YearMonth.of(2024, 7), YearMonth.of(2024, 7)),
				"BATIK", Locale.ENGLISH);

		assertThat(summary.valueUsd()).isEqualByComparingTo("600");
		assertThat(summary.records()).isEqualTo(2);
		assertThat(summary.previousYear().valueUsd()).isEqualByComparingTo("400");
		assertThat(summary.previousYear().changePercent()).isEqualByComparingTo("50");
	}
}
