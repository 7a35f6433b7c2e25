package id.canting.programme.impact.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.account.AccountSessions;
import id.canting.programme.ProgrammeTestData;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.programme.impact.internal.ApplicationIndicators;
import id.canting.programme.impact.internal.IndicatorManagement;
import id.canting.programme.impact.internal.IndicatorMeasurement;
import id.canting.shared.Actor;

/** The demo step measures every beneficiary twice, plausibly better after, the same way every time. */
@CantingTest
@Transactional
class DemoIndicatorsTest {

	@Autowired
	DemoIndicators demo;

	@Autowired
	ProgrammeTestData data;

	@Autowired
	IndicatorManagement indicators;

	@Autowired
	ApplicationManagement applications;

	@Autowired
	AccountSessions sessions;

	@Test
	void measuresEachBeneficiaryBeforeAndAfterAndSkipsTheRest() {
		long ownerIkm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		List<Long> others = data.ikmOf("33", "REGULAR", 2, ownerIkm);
		data.openProgramme("UJI-DEMO-DAMPAK", ProgrammeType.TECHNICAL_ASSISTANCE, 1_000_000_000L, 10);
		long first = data.beneficiary("UJI-DEMO-DAMPAK", ownerIkm, 10_000_000L, 10_000_000L);
		long second = data.beneficiary("UJI-DEMO-DAMPAK", others.get(0), 10_000_000L, null);
		long submitted = data.submitted("UJI-DEMO-DAMPAK", others.get(1), 10_000_000L);
		List<ApplicationId> ids = List.of(new ApplicationId(first), new ApplicationId(second),
				new ApplicationId(submitted));

		assertThat(demo.recordFor(ids)).isEqualTo(2);

		for (long id : List.of(first, second)) {
			ApplicationIndicators sheet = indicators.indicators(Actor.SYSTEM, new ApplicationId(id));
			IndicatorMeasurement before = sheet.baseline().measurement();
			IndicatorMeasurement after = sheet.followUp().measurement();
			assertThat(before.workers())
				.isEqualTo(applications.application(Actor.SYSTEM, new ApplicationId(id)).beneficiary().workers());
			assertThat(after.measuredOn()).isAfterOrEqualTo(before.measuredOn());
			assertThat(after.workers()).isGreaterThanOrEqualTo(before.workers());
			assertThat(after.capacityPiecesPerMonth()).isGreaterThan(before.capacityPiecesPerMonth());
			assertThat(after.annualSalesIdr()).isGreaterThan(before.annualSalesIdr());
			// natural-dye technical assistance: at least 15 points more
			assertThat(after.naturalDyePercent()).isGreaterThanOrEqualTo(Math.min(100, before.naturalDyePercent() + 15));
			assertThat(after.indiScore()).isGreaterThan(before.indiScore());
			assertThat(sheet.followUp().recordedBy()).isEqualTo("system");
		}
		assertThat(indicators.indicators(Actor.SYSTEM, new ApplicationId(submitted)).baseline()).isNull();

		int version = indicators.indicators(Actor.SYSTEM, new ApplicationId(first)).version();
		assertThat(demo.recordFor(ids)).isEqualTo(2);
		assertThat(indicators.indicators(Actor.SYSTEM, new ApplicationId(first)).version())
			.as("the same figures again: deterministic, so nothing changes").isEqualTo(version);
	}
}
