package id.canting.readiness.internal.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.readiness.Pillar;
import id.canting.readiness.ReadinessLevel;
import id.canting.readiness.ReadinessStatistics;

/**
 * The readiness aggregates, counted live with SQL from the verified assessments only (a draft or a
 * submitted assessment is not a result). Averages are sums divided by counts in Java, rounded half
 * up to two decimals, so that H2 and PostgreSQL give the same figures whatever scale their
 * {@code avg} has. A pillar average is over the assessments that have a verified score for it.
 */
@Service
@Transactional(readOnly = true)
class VerifiedReadinessStatistics implements ReadinessStatistics {

	private static final String VERIFIED = "a.status = 'VERIFIED'";

	private final JdbcClient jdbc;

	VerifiedReadinessStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Integer> years() {
		return jdbc.sql("select distinct a.assessment_year from readiness_assessment a where " + VERIFIED + " order by a.assessment_year")
			.query(Integer.class)
			.list();
	}

	@Override
	public ReadinessSummary summary(String provinceCode, Integer year) {
		Integer y = yearOrLatest(year);
		// no year asked and none verified yet: nothing to count
		Scope scope = y == null ? null : new Scope(provinceCode, y);
		Map<ReadinessLevel, Long> byLevel = new EnumMap<>(ReadinessLevel.class);
		for (ReadinessLevel level : ReadinessLevel.values()) {
			byLevel.put(level, 0L);
		}
		long[] assessed = { 0 };
		BigDecimal[] sum = { BigDecimal.ZERO };
		if (scope != null) {
			jdbc.sql("select cast(floor(a.overall_index) as integer) as lvl, count(*) as n, sum(a.overall_index) as total"
					+ " from readiness_assessment a where " + scope.where() + " group by cast(floor(a.overall_index) as integer)")
				.params(scope.params())
				.query(rs -> {
					long n = rs.getLong("n");
					byLevel.put(ReadinessLevel.of(rs.getInt("lvl")), n);
					assessed[0] += n;
					sum[0] = sum[0].add(rs.getBigDecimal("total"));
				});
		}
		Map<Pillar, BigDecimal> pillars = scope == null ? emptyPillars()
				: pillarAverages(scope, null).getOrDefault(ALL, emptyPillars());
		return new ReadinessSummary(y, provinceCode, assessed[0], average(sum[0], assessed[0]), byLevel, pillars);
	}

	@Override
	public List<PillarAverages> pillarAveragesBy(Dimension dimension, String provinceCode, Integer year) {
		Integer y = yearOrLatest(year);
		if (y == null) {
			return List.of();
		}
		Scope scope = new Scope(provinceCode, y);
		String key = key(dimension);
		String from = from(dimension);
		List<PillarAverages> rows = new ArrayList<>();
		Map<String, Map<Pillar, BigDecimal>> pillars = pillarAverages(scope, dimension);
		jdbc.sql("select " + key + " as k, count(*) as n, sum(a.overall_index) as total from " + from + " where "
				+ scope.where() + " group by " + key + " order by " + key)
			.params(scope.params())
			.query(rs -> {
				String k = rs.getString("k");
				long n = rs.getLong("n");
				rows.add(new PillarAverages(k, n, average(rs.getBigDecimal("total"), n),
						pillars.getOrDefault(k, emptyPillars())));
			});
		return rows;
	}

	@Override
	public YearOnYear yearOnYear(String provinceCode, Integer year) {
		Integer y = yearOrLatest(year);
		if (y == null) {
			return new YearOnYear(null, null, 0, null, null, null, emptyPillars());
		}
		int previous = y - 1;
		Map<String, Object> params = new HashMap<>();
		params.put("year", y);
		params.put("previous", previous);
		// the IKM's province in the later year, as the summary of that year counts it
		String province = provinceCode == null ? "" : " and a.province_code = :province";
		if (provinceCode != null) {
			params.put("province", provinceCode);
		}
		String pairs = " from readiness_assessment a join readiness_assessment p on p.ikm_id = a.ikm_id"
				+ " and p.assessment_year = :previous and p.status = 'VERIFIED' where " + VERIFIED + " and a.assessment_year = :year" + province;
		long[] compared = { 0 };
		BigDecimal[] sums = { BigDecimal.ZERO, BigDecimal.ZERO };
		jdbc.sql("select count(*) as n, sum(a.overall_index) as now_total, sum(p.overall_index) as before_total" + pairs)
			.params(params)
			.query(rs -> {
				compared[0] = rs.getLong("n");
				sums[0] = rs.getBigDecimal("now_total");
				sums[1] = rs.getBigDecimal("before_total");
			});
		long n = compared[0];
		BigDecimal now = average(sums[0], n);
		BigDecimal before = average(sums[1], n);
		Map<Pillar, BigDecimal> pillarChanges = emptyPillars();
		jdbc.sql("select s.pillar as pillar, count(*) as n, sum(s.verified_score) as now_total,"
				+ " sum(ps.verified_score) as before_total" + pairs.replace(" where ",
						" join readiness_pillar_score s on s.assessment_id = a.id"
								+ " join readiness_pillar_score ps on ps.assessment_id = p.id and ps.pillar = s.pillar where ")
				+ " and s.verified_score is not null and ps.verified_score is not null group by s.pillar")
			.params(params)
			.query(rs -> {
				long count = rs.getLong("n");
				pillarChanges.put(Pillar.valueOf(rs.getString("pillar")), average(rs.getBigDecimal("now_total"), count)
					.subtract(average(rs.getBigDecimal("before_total"), count)));
			});
		return new YearOnYear(y, previous, n, before, now, n == 0 ? null : now.subtract(before), pillarChanges);
	}

	/** Sum ÷ count to two decimals, half up; null when nothing was counted. */
	static BigDecimal average(BigDecimal sum, long count) {
		return count == 0 || sum == null ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
	}

	private static final String ALL = "";

	/** Each group's average per pillar (one group, keyed "", when {@code dimension} is null). */
	private Map<String, Map<Pillar, BigDecimal>> pillarAverages(Scope scope, Dimension dimension) {
		// PostgreSQL refuses a constant in group by, so the whole scope is grouped by pillar alone
		String select = dimension == null ? "" : key(dimension) + " as k, ";
		String group = dimension == null ? "" : key(dimension) + ", ";
		String from = (dimension == null ? "readiness_assessment a" : from(dimension))
				+ " join readiness_pillar_score s on s.assessment_id = a.id";
		Map<String, Map<Pillar, BigDecimal>> groups = new LinkedHashMap<>();
		jdbc.sql("select " + select + "s.pillar as pillar, count(*) as n, sum(s.verified_score) as total from " + from
				+ " where " + scope.where() + " and s.verified_score is not null group by " + group + "s.pillar")
			.params(scope.params())
			.query(rs -> {
				String k = dimension == null ? ALL : rs.getString("k");
				groups.computeIfAbsent(k, g -> emptyPillars())
					.put(Pillar.valueOf(rs.getString("pillar")), average(rs.getBigDecimal("total"), rs.getLong("n")));
			});
		return groups;
	}

	private static String key(Dimension dimension) {
		return switch (dimension) {
			case PROVINCE -> "a.province_code";
			case TECHNIQUE -> "t.technique";
			case SIZE_CLASS -> "a.size_class";
		};
	}

	private static String from(Dimension dimension) {
		return dimension == Dimension.TECHNIQUE
				? "readiness_assessment a join readiness_assessment_technique t on t.assessment_id = a.id"
				: "readiness_assessment a";
	}

	/** Every pillar, each null until a figure is put in (EnumMap keeps the pillars' order and allows nulls). */
	private static Map<Pillar, BigDecimal> emptyPillars() {
		Map<Pillar, BigDecimal> pillars = new EnumMap<>(Pillar.class);
		for (Pillar pillar : Pillar.values()) {
			pillars.put(pillar, null);
		}
		return pillars;
	}

	private Integer yearOrLatest(Integer year) {
		if (year != null) {
			return year;
		}
		List<Integer> years = years();
		return years.isEmpty() ? null : years.get(years.size() - 1);
	}

	/** Verified assessments of one year, in one province or all. */
	private record Scope(String provinceCode, int year) {

		String where() {
			return VERIFIED + " and a.assessment_year = :year" + (provinceCode == null ? "" : " and a.province_code = :province");
		}

		Map<String, Object> params() {
			Map<String, Object> params = new HashMap<>();
			params.put("year", year);
			if (provinceCode != null) {
				params.put("province", provinceCode);
			}
			return params;
		}
	}
}
