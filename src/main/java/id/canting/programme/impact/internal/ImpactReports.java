package id.canting.programme.impact.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.IndicatorPhase;
import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.internal.ProgrammeNotFoundException;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/**
 * The impact report of a programme, on a page, as JSON, as an A4 PDF and as an XLSX workbook.
 * Ministry staff (ADMIN) read the whole programme; an officer reads the beneficiaries of their own
 * province only, as a province with a single beneficiary would otherwise show that business's sales to
 * every other province; nobody else reads it.
 */
@Service
@Transactional(readOnly = true)
public class ImpactReports {

	private final ProgrammeManagement programmes;
	private final BeneficiaryIndicatorsRepository indicators;
	private final JdbcClient jdbc;
	private final Regions regions;
	private final ImpactPdf pdf;
	private final ImpactWorkbook workbook;
	private final Clock clock;

	ImpactReports(ProgrammeManagement programmes, BeneficiaryIndicatorsRepository indicators, JdbcClient jdbc,
			Regions regions, ImpactPdf pdf, ImpactWorkbook workbook, Clock clock) {
		this.programmes = programmes;
		this.indicators = indicators;
		this.jdbc = jdbc;
		this.regions = regions;
		this.pdf = pdf;
		this.workbook = workbook;
		this.clock = clock;
	}

	/**
	 * The report of one programme as the reader may see it.
	 *
	 * @throws ForbiddenException for every role but ADMIN and OFFICER
	 * @throws ProgrammeNotFoundException for an unknown programme (or a draft, to an officer)
	 */
	public ImpactReport report(Actor actor, String programmeCode) {
		String scope = scopeOf(actor);
		Programme programme = programmes.programme(actor, programmeCode);
		long programmeId = programme.id().value();
		Map<Long, BeneficiaryIndicators> measured = new HashMap<>();
		indicators.findByProgramme(programmeId).forEach(i -> measured.put(i.applicationId().value(), i));
		ImpactTally overall = new ImpactTally();
		Map<String, ImpactTally> byProvince = new LinkedHashMap<>();
		List<ImpactReport.Unmeasured> lacking = new ArrayList<>();
		for (BeneficiaryRow row : beneficiaries(programmeId, scope)) {
			BeneficiaryIndicators recorded = measured.get(row.applicationId());
			IndicatorMeasurement baseline = phase(recorded, IndicatorPhase.BASELINE);
			IndicatorMeasurement followUp = phase(recorded, IndicatorPhase.FOLLOW_UP);
			overall.add(baseline, followUp);
			byProvince.computeIfAbsent(row.provinceCode(), code -> new ImpactTally()).add(baseline, followUp);
			if (followUp == null) {
				lacking.add(new ImpactReport.Unmeasured(row.applicationId(), row.name(), row.provinceCode(),
						provinceName(row.provinceCode()), baseline != null));
			}
		}
		List<ImpactReport.ProvinceImpact> provinces = byProvince.entrySet().stream()
			.map(e -> new ImpactReport.ProvinceImpact(e.getKey(), provinceName(e.getKey()), e.getValue().figures()))
			.toList();
		return new ImpactReport(programme.code(), programme.name(), programme.type(), programme.year(), scope,
				scope == null ? null : provinceName(scope), overall.figures(), provinces, lacking, clock.instant());
	}

	/** The report as an A4 PDF in the given language. */
	public byte[] pdf(ImpactReport report, Locale locale) {
		return pdf.render(report, locale);
	}

	/** The report as an XLSX workbook in the given language, numbers as numbers. */
	public byte[] xlsx(ImpactReport report, Locale locale) {
		return workbook.render(report, locale);
	}

	/** Null for the whole programme, or the officer's province. */
	private static String scopeOf(Actor actor) {
		if (actor.isAdmin()) {
			return null;
		}
		if (actor.role() == Role.OFFICER && actor.provinceCode() != null) {
			return actor.provinceCode();
		}
		throw new ForbiddenException("programme.impact.forbidden");
	}

	private List<BeneficiaryRow> beneficiaries(long programmeId, String scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("programme", programmeId);
		String inScope = "";
		if (scope != null) {
			params.put("scope", scope);
			inScope = " and province_code = :scope";
		}
		return jdbc.sql("""
				select id, province_code, coalesce(beneficiary_name, applicant_name) from programme_application
				 where programme_id = :programme and status in ('APPROVED', 'REALISED', 'CLOSED')""" + inScope
				+ " order by province_code, 3, id")
			.params(params)
			.query((rs, n) -> new BeneficiaryRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private String provinceName(String code) {
		return regions.province(code).map(Province::displayName).orElse(code);
	}

	private static IndicatorMeasurement phase(BeneficiaryIndicators recorded, IndicatorPhase phase) {
		return recorded == null ? null : recorded.measurement(phase).orElse(null);
	}

	private record BeneficiaryRow(long applicationId, String provinceCode, String name) {
	}
}
