package id.canting.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.certification.CertifiedIkmFigures;
import id.canting.region.Province;
import id.canting.region.Regency;
import id.canting.region.Regions;
import id.canting.registry.RegistryBreakdowns;
import id.canting.registry.RegistryFigures;
import id.canting.registry.RegistryFigures.Figure;
import id.canting.registry.reports.Semester;
import id.canting.registry.WorkforceFigures;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * Composes the registry's query APIs into {@link IndustryFigures} and {@link WorkforceSeries}, checking
 * the parameters first: a bad one is refused with the parameter and the rule it broke.
 */
@Service
// one read-only transaction (one connection) per request, not one per figure read
@Transactional(readOnly = true)
public class IndustryAnalytics {

	/** The most sentra a ranking lists. */
	public static final int MAX_TOP = 100;
	/** The longest workforce series: 20 years. */
	public static final int MAX_SEMESTERS = 40;

	static final String REGISTRY_DEFINITION = "Active IKM and sentra in the Canting registry; workers = male + female "
			+ "workers of active IKM as registered. An IKM with several techniques, categories or dyes counts under each.";
	static final String REGISTRY_SOURCE = "Canting registry (Kemenperin, Ditjen IKMA), counted live from the records";
	static final String WORKFORCE_DEFINITION = "Per semester: IKM whose semester report was accepted by the provincial "
			+ "industry office, and the workers (male, female) those reports state.";
	static final String WORKFORCE_SOURCE = "Canting semester reports (SIINas, Permenperin 13/2025), accepted reports only";

	static final String CERTIFIED_SOURCE = "Canting certification records (Batikmark certificates issued by BBSPJIKB)";

	private final RegistryFigures figures;
	private final RegistryBreakdowns breakdowns;
	private final WorkforceFigures workforce;
	private final Regions regions;
	private final Clock clock;
	private final CertifiedIkmFigures certifiedIkm;

	IndustryAnalytics(RegistryFigures figures, RegistryBreakdowns breakdowns, WorkforceFigures workforce, Regions regions,
			Clock clock, CertifiedIkmFigures certifiedIkm) {
		this.certifiedIkm = certifiedIkm;
		this.figures = figures;
		this.breakdowns = breakdowns;
		this.workforce = workforce;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * The industry's figures for {@code province} (a Kemendagri code, or null or blank for the country),
	 * with the {@code top} sentra by member IKM.
	 */
	public IndustryFigures industry(String province, int top) {
		String code = province(province);
		if (top < 1 || top > MAX_TOP) {
			throw new InvalidInputException(List.of(FieldViolation.of("top", "statistics.validation.top", top, MAX_TOP)));
		}
		Figure total = breakdowns.total(code);
		// every share's denominator: the active IKM in scope, not the sum of a breakdown's rows
		long ikm = total.ikm();
		List<IndustrySummary.Share> byDye = shares(breakdowns.byDye(code), ikm);
		List<IndustrySummary.Share> byGender = shares(breakdowns.byOwnerGender(code), ikm);
		return new IndustryFigures(scope(code), REGISTRY_DEFINITION, REGISTRY_SOURCE, clock.instant(), total.ikm(),
				total.workers(), total.sentra(), IndustryFigures.ShareOf.of(ikmOf(byDye, "NATURAL"), total.ikm()),
				IndustryFigures.ShareOf.of(ikmOf(byGender, "FEMALE"), total.ikm()), byProvince(code), byRegency(code),
				bySentra(code, top), shares(breakdowns.byTechnique(code), ikm), shares(breakdowns.byCategory(code), ikm),
				byDye, shares(breakdowns.bySizeClass(code), ikm), byGender, shares(breakdowns.byKind(code), ikm),
				certified(code));
	}

	/** The IKM holding an active Batikmark certificate in the scope, from the certification module. */
	private IndustryFigures.Certified certified(String code) {
		CertifiedIkmFigures.Figures f = certifiedIkm.figures(code);
		return new IndustryFigures.Certified(f.definition(), CERTIFIED_SOURCE, f.asOf(), f.ikm(),
				f.byProvince().stream()
					.map(c -> new IndustryFigures.CertifiedCount(c.key(),
							regions.province(c.key()).map(p -> p.name()).orElse(c.key()), c.ikm()))
					.toList(),
				f.byTechnique().stream().map(c -> new IndustryFigures.CertifiedCount(c.key(), null, c.ikm())).toList());
	}

	/**
	 * The workforce per semester from {@code from} to {@code to} ({@code 2023-S1}); both default to
	 * the six semesters up to the latest with an accepted report in scope (the current one when none
	 * has), so the series opens on figures rather than on empty semesters still being reported.
	 */
	public WorkforceSeries workforce(String from, String to, String province) {
		String code = province(province);
		Semester last = blank(to) ? latestReported(code) : Semester.parse(to, "to");
		Semester first = blank(from) ? back(last, 5) : Semester.parse(from, "from");
		if (first.isAfter(last)) {
			throw new InvalidInputException(List.of(FieldViolation.of("from", "statistics.validation.semester-order", first, last)));
		}
		List<Semester> semesters = new ArrayList<>();
		for (Semester s = first; !s.isAfter(last); s = s.next()) {
			semesters.add(s);
			if (semesters.size() > MAX_SEMESTERS) {
				throw new InvalidInputException(List.of(FieldViolation.of("from", "statistics.validation.semester-range", MAX_SEMESTERS)));
			}
		}
		Map<String, WorkforceFigures.SemesterWorkforce> reported = workforce.bySemester(first, last, code).stream()
			.collect(Collectors.toMap(WorkforceFigures.SemesterWorkforce::semester, Function.identity()));
		List<WorkforceSeries.Point> points = semesters.stream().map(Semester::toString).map(s -> {
			var w = reported.get(s);
			return w == null ? new WorkforceSeries.Point(s, 0, 0, 0, 0)
					: new WorkforceSeries.Point(s, w.ikm(), w.workersMale(), w.workersFemale(), w.workers());
		}).toList();
		return new WorkforceSeries(first.toString(), last.toString(), code, WORKFORCE_DEFINITION, WORKFORCE_SOURCE,
				clock.instant(), points);
	}

	private Semester latestReported(String code) {
		Semester current = Semester.of(LocalDate.now(clock));
		return workforce.latestAccepted(current, code).orElse(current);
	}

	/** The province code checked against the region data; null for the country. */
	String province(String province) {
		if (blank(province)) {
			return null;
		}
		String code = province.strip();
		if (regions.province(code).isEmpty()) {
			throw new InvalidInputException(List.of(FieldViolation.of("province", "statistics.validation.province", code)));
		}
		return code;
	}

	String provinceName(String code) {
		return regions.province(code).map(Province::name).orElse(code);
	}

	private IndustryFigures.Scope scope(String code) {
		return new IndustryFigures.Scope(code, code == null ? "Indonesia" : provinceName(code));
	}

	private List<IndustrySummary.ProvinceFigure> byProvince(String code) {
		return figures.byProvince().stream()
			.filter(f -> code == null || f.key().equals(code))
			.map(f -> new IndustrySummary.ProvinceFigure(f.key(), provinceName(f.key()), f.ikm(), f.workers(), f.sentra()))
			.toList();
	}

	private List<IndustryFigures.RegencyFigure> byRegency(String code) {
		return breakdowns.byRegency(code).stream()
			.map(f -> new IndustryFigures.RegencyFigure(f.key(), regions.regency(f.key()).map(Regency::name).orElse(f.key()),
					f.ikm(), f.workers(), f.sentra()))
			.toList();
	}

	private List<IndustryFigures.SentraFigure> bySentra(String code, int top) {
		return breakdowns.bySentra(code, top).stream()
			.map(s -> new IndustryFigures.SentraFigure(s.id(), s.code(), s.name(), s.regencyCode(), s.ikm(), s.workers()))
			.toList();
	}

	/** Each figure with its share of the {@code ikmInSelection} IKM of the scope. */
	static List<IndustrySummary.Share> shares(List<Figure> figures, long ikmInSelection) {
		return figures.stream().map(f -> IndustrySummary.Share.of(f.key(), f.ikm(), f.workers(), ikmInSelection)).toList();
	}

	private static long ikmOf(List<IndustrySummary.Share> shares, String key) {
		return shares.stream().filter(s -> s.key().equals(key)).mapToLong(IndustrySummary.Share::ikm).sum();
	}

	private static Semester back(Semester semester, int count) {
		Semester s = semester;
		for (int i = 0; i < count; i++) {
			s = s.previous();
		}
		return s;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
