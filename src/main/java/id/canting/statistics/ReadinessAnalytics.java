package id.canting.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.readiness.ReadinessStatistics;
import id.canting.readiness.ReadinessStatistics.Dimension;
import id.canting.readiness.ReadinessStatistics.ReadinessSummary;
import id.canting.readiness.ReadinessStatistics.YearOnYear;
import id.canting.region.Regions;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * Composes the readiness module's {@link ReadinessStatistics} into {@link ReadinessFigures} for the
 * statistics API, the industry dashboard and open data, checking the parameters first: an unknown
 * province code or a year that is not a year from 2000 to this one is refused naming the parameter.
 */
@Service
// one read-only transaction (one connection) per request, not one per figure read
@Transactional(readOnly = true)
public class ReadinessAnalytics {

	/** The first year a readiness figure may be asked for. */
	public static final int EARLIEST_YEAR = 2000;

	static final String DEFINITION = "Industry 4.0 readiness of batik IKM, INDI 4.0-style (Permenperin 21/2020; "
			+ "Canting's adaptation for small batik workshops, not the official instrument): five pillars scored 0-4, "
			+ "the overall index their weighted mean. Verified assessments only (the provincial industry office "
			+ "checked them on site); an IKM is at the level of the whole part of its index. Province, technique and "
			+ "size class are the IKM's when its assessment was verified; an IKM with several techniques counts "
			+ "under each. Year on year: the IKM verified both in the year and in the year before.";
	static final String SOURCE = "Canting readiness assessments (self-assessment by the IKM, verified by the "
			+ "provincial industry office)";

	private final ReadinessStatistics statistics;
	private final Regions regions;
	private final Clock clock;

	ReadinessAnalytics(ReadinessStatistics statistics, Regions regions, Clock clock) {
		this.statistics = statistics;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * The readiness figures of {@code province} (a Kemendagri code, or null or blank for the country)
	 * in {@code year} (or, null or blank, the latest year with a verified result).
	 *
	 * @throws InvalidInputException naming {@code province} or {@code year}
	 */
	public ReadinessFigures readiness(String province, String year) {
		String code = province(province);
		Integer y = year(year);
		ReadinessSummary summary = statistics.summary(code, y);
		Integer resolved = summary.year();
		return new ReadinessFigures(resolved, statistics.years(), code, DEFINITION, SOURCE, clock.instant(),
				summary.assessed(), summary.averageIndex(), summary.byLevel(), summary.pillars(),
				ReadinessFigures.ReadinessPillarAverages.of(statistics.pillarAveragesBy(Dimension.PROVINCE, code, resolved)),
				ReadinessFigures.ReadinessPillarAverages.of(statistics.pillarAveragesBy(Dimension.TECHNIQUE, code, resolved)),
				ReadinessFigures.ReadinessPillarAverages.of(statistics.pillarAveragesBy(Dimension.SIZE_CLASS, code, resolved)),
				ReadinessFigures.ReadinessYearOnYear.of(statistics.yearOnYear(code, resolved)));
	}

	/**
	 * For each year with a verified result after the first, the change from the year before over the
	 * IKM verified in both (years where none was, left out): the dashboard's year-on-year line.
	 */
	public List<ReadinessFigures.ReadinessYearOnYear> yearOnYearSeries(String province) {
		String code = province(province);
		List<ReadinessFigures.ReadinessYearOnYear> series = new ArrayList<>();
		for (Integer y : statistics.years()) {
			YearOnYear change = statistics.yearOnYear(code, y);
			if (change.compared() > 0) {
				series.add(ReadinessFigures.ReadinessYearOnYear.of(change));
			}
		}
		return series;
	}

	private String province(String province) {
		if (province == null || province.isBlank()) {
			return null;
		}
		String code = province.strip();
		if (regions.province(code).isEmpty()) {
			throw new InvalidInputException(List.of(FieldViolation.of("province", "statistics.validation.province", code)));
		}
		return code;
	}

	private Integer year(String year) {
		if (year == null || year.isBlank()) {
			return null;
		}
		int latest = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta"))).getYear();
		try {
			int y = Integer.parseInt(year.strip());
			if (y >= EARLIEST_YEAR && y <= latest) {
				return y;
			}
		}
		catch (NumberFormatException e) {
			// refused below, as a year out of range is
		}
		throw new InvalidInputException(
				List.of(FieldViolation.of("year", "statistics.validation.readiness-year", year.strip(), EARLIEST_YEAR, latest)));
	}
}
