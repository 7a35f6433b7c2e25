package id.canting.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.readiness.Pillar;
import id.canting.readiness.ReadinessLevel;
import id.canting.readiness.ReadinessStatistics;
import id.canting.readiness.ReadinessStatistics.Dimension;
import id.canting.readiness.ReadinessStatistics.PillarAverages;
import id.canting.readiness.ReadinessStatistics.ReadinessSummary;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.statistics.OpenIndustryData.Table;

/**
 * The open-data tables of Industry 4.0 readiness, every year with a verified result: aggregates of
 * verified assessments only, never one IKM's answers or result. Rows are flat so that the JSON and
 * the CSV download carry the same columns.
 */
@Service
// one read-only transaction (one connection) per request, not one per figure read
@Transactional(readOnly = true)
public class OpenReadinessData {

	private final ReadinessStatistics statistics;
	private final Regions regions;
	private final Clock clock;

	OpenReadinessData(ReadinessStatistics statistics, Regions regions, Clock clock) {
		this.statistics = statistics;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * One province in one year: IKM assessed, their average overall index, IKM per level (0–4) and
	 * the average score per pillar (0–4, two decimals).
	 */
	public record ReadinessProvinceRow(int year, String provinceCode, String provinceName, long assessed,
			BigDecimal averageIndex, long level0, long level1, long level2, long level3, long level4,
			BigDecimal managementAndOrganisation, BigDecimal peopleAndCulture, BigDecimal productsAndServices,
			BigDecimal technology, BigDecimal factoryOperations) {
	}

	/** The IKM of the country at one level in one year. */
	public record ReadinessLevelRow(int year, int level, String levelName, long ikm) {
	}

	/** Per year and province: assessed IKM, average index, IKM per level, pillar averages. */
	public Table<ReadinessProvinceRow> byProvince() {
		List<ReadinessProvinceRow> rows = new ArrayList<>();
		for (Integer year : statistics.years()) {
			for (PillarAverages p : statistics.pillarAveragesBy(Dimension.PROVINCE, null, year)) {
				Map<ReadinessLevel, Long> levels = statistics.summary(p.key(), year).byLevel();
				Map<Pillar, BigDecimal> pillars = p.pillars();
				rows.add(new ReadinessProvinceRow(year, p.key(), regions.province(p.key()).map(Province::name).orElse(p.key()),
						p.assessed(), p.averageIndex(), levels.get(ReadinessLevel.NOT_READY),
						levels.get(ReadinessLevel.INITIAL), levels.get(ReadinessLevel.MODERATE),
						levels.get(ReadinessLevel.MATURE), levels.get(ReadinessLevel.APPLYING),
						pillars.get(Pillar.MANAGEMENT_AND_ORGANISATION), pillars.get(Pillar.PEOPLE_AND_CULTURE),
						pillars.get(Pillar.PRODUCTS_AND_SERVICES), pillars.get(Pillar.TECHNOLOGY),
						pillars.get(Pillar.FACTORY_OPERATIONS)));
			}
		}
		return table("readiness-by-province", rows);
	}

	/** Per year: the IKM of the country at each level, every level present. */
	public Table<ReadinessLevelRow> byLevel() {
		List<ReadinessLevelRow> rows = new ArrayList<>();
		for (Integer year : statistics.years()) {
			ReadinessSummary summary = statistics.summary(null, year);
			summary.byLevel().forEach((level, ikm) -> rows.add(new ReadinessLevelRow(year, level.value(), level.name(), ikm)));
		}
		return table("readiness-by-level", rows);
	}

	private <R> Table<R> table(String dataset, List<R> rows) {
		return new Table<>(dataset, ReadinessAnalytics.DEFINITION, ReadinessAnalytics.SOURCE, clock.instant(), rows);
	}
}
