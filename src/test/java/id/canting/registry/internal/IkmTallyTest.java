package id.canting.registry.internal;

import id.canting.registry.reports.Semester;
import id.canting.registry.reports.ReportStatus;
import id.canting.registry.reports.SemesterReportBatch;
import id.canting.registry.reports.SemesterReports;
import id.canting.registry.reports.SemesterReportInput;
import id.canting.registry.IkmInputs;
import id.canting.registry.RegistryTestData;
import id.canting.registry.IkmManagement;
import id.canting.registry.IkmInput;
import id.canting.registry.RegistryFigures;
import id.canting.registry.IkmBulkRegistration;
import id.canting.registry.IkmId;
import id.canting.registry.RegistryBreakdowns;
import id.canting.registry.Ikm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/**
 * The tally gives every figure the full aggregation over the IKM gave before it, after every kind of
 * change: registration, edits of counted fields (province, techniques, workers, sentra...),
 * deactivation and reactivation, bulk registration and accepted semester reports.
 */
@CantingTest
@Transactional
class IkmTallyTest {

	static final Actor ADMIN = new Actor("admin.tally", Role.ADMIN, null, Set.of());

	@Autowired
	IkmManagement ikms;

	@Autowired
	IkmBulkRegistration bulk;

	@Autowired
	SemesterReportBatch reports;

	@Autowired
	SemesterReports semesterReports;

	@Autowired
	RegistryFigures figures;

	@Autowired
	RegistryBreakdowns breakdowns;

	@Autowired
	JdbcClient jdbc;

	@Test
	void keepsTheDemoFigures() {
		RegistryFigures.Headline headline = figures.headline();
		assertThat(headline.workers()).isEqualTo(200_000);
		assertThat(headline.ikm()).isEqualTo(5_946);
		assertThat(headline.sentra()).isEqualTo(201);
		assertThat(headline.provinces()).isEqualTo(11);
		assertTallyMatchesLiveFigures();
	}

	@Test
	void everyFigureEqualsTheLiveAggregateAfterEveryKindOfChange() {
		Map<String, Object> sentra35 = jdbc.sql("select id, regency_code from sentra where province_code = '35'"
				+ " and status = 'ACTIVE' order by id limit 1").query().singleRow();
		Ikm first = ikms.register(ADMIN, IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000077001"));
		Ikm second = ikms.register(ADMIN, IkmInputs.withTechniques(IkmInputs.withNib(IkmInputs.aValidIkm(),
				"9120000077002"), List.of("CAP", "KOMBINASI")));
		Ikm third = ikms.register(ADMIN, IkmInputs.withWorkersAndInvestment(IkmInputs.withNib(IkmInputs.aValidIkm(),
				"9120000077003"), 30, 40, 2_000_000_000L));
		assertTallyMatchesLiveFigures();

		// another province and sentra, other techniques, more workers (so another size class)
		IkmInput moved = IkmInputs.withWorkersAndInvestment(IkmInputs.withTechniques(IkmInputs.inRegency(
				IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000077001"), (String) sentra35.get("regency_code"),
				((Number) sentra35.get("id")).longValue()), List.of("CAP")), 15, 20, 150_000_000L);
		first = ikms.update(ADMIN, first.id(), first.version(), moved);
		assertThat(first.provinceCode()).isEqualTo("35");
		assertTallyMatchesLiveFigures();
		// a change of nothing counted leaves the tally as it is
		ikms.update(ADMIN, first.id(), first.version(), IkmInputs.withName(moved, "Batik Tulis Sidoarjo"));
		assertTallyMatchesLiveFigures();

		ikms.deactivate(ADMIN, second.id());
		assertTallyMatchesLiveFigures();
		ikms.activate(ADMIN, second.id());
		assertTallyMatchesLiveFigures();
		ikms.deactivate(ADMIN, third.id());
		assertTallyMatchesLiveFigures();

		List<IkmId> imported = bulk.registerAll(ADMIN, List.of(
				IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000077011"),
				IkmInputs.withTechniques(IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000077012"), List.of("CAP", "TULIS")),
				IkmInputs.inRegency(IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000077013"),
						(String) sentra35.get("regency_code"), null)));
		assertTallyMatchesLiveFigures();

		// a report counts once accepted; a later one replaces it, an earlier one accepted afterwards does not
		reports.fileAll(ADMIN, List.of(filing(imported.get(0), "2023-S2", 9, ReportStatus.ACCEPTED),
				filing(imported.get(1), "2023-S2", 4, ReportStatus.SUBMITTED),
				filing(first.id(), "2023-S1", 3, ReportStatus.ACCEPTED),
				filing(first.id(), "2023-S2", 30, ReportStatus.ACCEPTED)));
		assertTallyMatchesLiveFigures();
		semesterReports.accept(ADMIN, imported.get(1), Semester.parse("2023-S2"));
		assertTallyMatchesLiveFigures();
		reports.fileAll(ADMIN, List.of(filing(imported.get(0), "2024-S1", 12, ReportStatus.ACCEPTED)));
		assertTallyMatchesLiveFigures();
		reports.fileAll(ADMIN, List.of(filing(imported.get(0), "2023-S1", 50, ReportStatus.ACCEPTED)));
		assertTallyMatchesLiveFigures();
		assertThat(figures.workforce().latestSemester()).isGreaterThanOrEqualTo("2024-S1");

		// an IKM with a report moves and leaves with its report's workers
		ikms.update(ADMIN, imported.get(0), 0, IkmInputs.inRegency(IkmInputs.withNib(IkmInputs.aValidIkm(),
				"9120000077011"), (String) sentra35.get("regency_code"), null));
		assertTallyMatchesLiveFigures();
		ikms.deactivate(ADMIN, imported.get(0));
		ikms.deactivate(ADMIN, first.id());
		assertTallyMatchesLiveFigures();
	}

	@Test
	void theMigrationsInitialisationGivesTheTallyTheChangesKeptUp() {
		ikms.update(ADMIN, new IkmId(anyActiveIkm()), 0, IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000077021"));
		reports.fileAll(ADMIN, List.of(filing(new IkmId(anyActiveIkm()), "2023-S2", 9, ReportStatus.ACCEPTED)));
		List<String> kept = tallyRows();

		RegistryTestData.reinitialiseTally(jdbc);

		assertThat(tallyRows()).isEqualTo(kept);
	}

	private long anyActiveIkm() {
		// version 0: one the demo registered and nobody edited since
		return jdbc.sql("select min(id) from ikm where status = 'ACTIVE' and version = 0 and province_code = '33'")
			.query(Long.class).single();
	}

	private List<String> tallyRows() {
		return jdbc.sql("select dimension, tally_key, province_code, ikm, workers from ikm_tally where ikm > 0"
				+ " order by dimension, tally_key, province_code")
			.query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3) + "=" + rs.getLong(4)
					+ "/" + rs.getLong(5))
			.list();
	}

	private static SemesterReportBatch.Filing filing(IkmId ikm, String semester, int women, ReportStatus outcome) {
		return new SemesterReportBatch.Filing(ikm,
				new SemesterReportInput(semester, 1, women, 100L, 200L, 10_000_000L, 2_000_000L, 5_000_000L, 0L, 1),
				outcome, null);
	}

	private void assertTallyMatchesLiveFigures() {
		LiveFigures live = new LiveFigures(jdbc);
		assertThat(figures.headline()).isEqualTo(live.headline());
		assertThat(figures.byProvince()).isEqualTo(live.byProvince());
		assertThat(figures.byTechnique()).isEqualTo(live.bySet("technique", null));
		assertThat(figures.byCategory()).isEqualTo(live.bySet("category", null));
		assertThat(figures.byDye()).isEqualTo(live.bySet("dye", null));
		assertThat(figures.byKind()).isEqualTo(live.byColumn("kind", null));
		assertThat(figures.workforce()).isEqualTo(live.workforce());
		assertThat(breakdowns.byProvinceAndTechnique()).isEqualTo(live.byProvinceAndTechnique());
		List<String> scopes = new ArrayList<>();
		scopes.add(null);
		scopes.addAll(jdbc.sql("select distinct province_code from ikm order by province_code").query(String.class).list());
		for (String province : scopes) {
			assertThat(breakdowns.total(province)).as("total %s", province).isEqualTo(live.total(province));
			assertThat(breakdowns.byRegency(province)).as("regency %s", province).isEqualTo(live.byRegency(province));
			assertThat(breakdowns.bySentra(province, 1_000)).as("sentra %s", province)
				.isEqualTo(live.bySentra(province, 1_000));
			assertThat(breakdowns.byTechnique(province)).isEqualTo(live.bySet("technique", province));
			assertThat(breakdowns.byCategory(province)).isEqualTo(live.bySet("category", province));
			assertThat(breakdowns.byDye(province)).isEqualTo(live.bySet("dye", province));
			assertThat(breakdowns.bySizeClass(province)).isEqualTo(live.byColumn("size_class", province));
			assertThat(breakdowns.byOwnerGender(province)).isEqualTo(live.byColumn("owner_gender", province));
			assertThat(breakdowns.byKind(province)).isEqualTo(live.byColumn("kind", province));
		}
	}
}
