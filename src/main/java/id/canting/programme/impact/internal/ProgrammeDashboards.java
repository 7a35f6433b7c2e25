package id.canting.programme.impact.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.ProgrammeRules;
import id.canting.programme.catalogue.ProgrammeStatus;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.programme.participation.ParticipantFigures;
import id.canting.programme.participation.internal.Participant;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.Role;

/**
 * Composes the {@link ProgrammeDashboard} of a year for ministry staff and provincial officers (the
 * figures are national counts and amounts, with no beneficiary named). Drafts are left out: they
 * have no applications. Participant figures (training and assistance sessions) come from
 * {@link ParticipantFigures}, shown when the year has participants.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeDashboards {

	static final String BENEFIT = "a.status in ('APPROVED', 'REALISED', 'CLOSED')";
	private static final String BENEFICIARIES = " from programme_application a join programme p on p.id = a.programme_id"
			+ " where p.programme_year = :year and p.status <> 'DRAFT' and " + BENEFIT;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;
	private final Regions regions;
	private final ProgrammeManagement programmes;
	private final ParticipantFigures participants;
	private final Clock clock;

	ProgrammeDashboards(JdbcClient jdbc, Regions regions, ProgrammeManagement programmes,
			ParticipantFigures participants, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.programmes = programmes;
		this.participants = participants;
		this.clock = clock;
	}

	/**
	 * The dashboard of {@code year}; without a year, of the latest year that has programmes (not after
	 * this year).
	 *
	 * @throws ForbiddenException for every role but ADMIN and OFFICER
	 * @throws InvalidInputException ({@code year}) for a year outside 2000 to 2100
	 */
	public ProgrammeDashboard dashboard(Actor actor, Integer year) {
		if (!(actor.isAdmin() || actor.role() == Role.OFFICER)) {
			throw new ForbiddenException("programme.dashboard.forbidden");
		}
		List<Integer> years = jdbc.sql("select distinct programme_year from programme where status <> 'DRAFT' order by 1 desc")
			.query(Integer.class).list();
		int chosen = year == null ? defaultYear(years) : checked(year);
		List<ProgrammeDashboard.ProgrammeLine> lines = programmeLines(chosen);
		long budget = lines.stream().mapToLong(l -> l.money().budgetIdr()).sum();
		long committed = lines.stream().mapToLong(l -> l.money().committedIdr()).sum();
		long realised = lines.stream().mapToLong(l -> l.money().realisedIdr()).sum();
		List<ProgrammeDashboard.CountLine> byProvince = jdbc.sql("select a.province_code, count(*)" + BENEFICIARIES
				+ " group by a.province_code order by 2 desc, 1")
			.param("year", chosen)
			.query((rs, n) -> new ProgrammeDashboard.CountLine(rs.getString(1), provinceName(rs.getString(1)), rs.getLong(2)))
			.list();
		List<ProgrammeDashboard.CountLine> byType = jdbc.sql("select p.type, count(*)" + BENEFICIARIES
				+ " group by p.type order by 2 desc, 1")
			.param("year", chosen)
			.query((rs, n) -> new ProgrammeDashboard.CountLine(rs.getString(1), null, rs.getLong(2)))
			.list();
		ProgrammeDashboard.Share women = jdbc.sql("""
				select coalesce(sum(case when a.beneficiary_owner_gender = 'F' then 1 else 0 end), 0),
				 count(a.beneficiary_owner_gender)""" + BENEFICIARIES)
			.param("year", chosen)
			.query((rs, n) -> share(rs.getLong(1), rs.getLong(2)))
			.single();
		long prisonUnits = jdbc.sql("select count(distinct a.ikm_id)" + BENEFICIARIES
				+ " and a.beneficiary_kind = 'PRISON_UNIT'")
			.param("year", chosen)
			.query(Long.class).single();
		long beneficiaries = byProvince.stream().mapToLong(ProgrammeDashboard.CountLine::beneficiaries).sum();
		ProgrammeDashboard dashboard = new ProgrammeDashboard(chosen, years, lines, money(budget, committed, realised),
				beneficiaries, byProvince, byType, women, prisonUnits, null, clock.instant());
		ParticipantFigures.ParticipantSummary taking = participants.of(actor, chosen, null);
		return taking.participants() == 0 ? dashboard
				: dashboard.withParticipation(new ProgrammeDashboard.Participation(taking.participants(), taking.women(),
						taking.prisonUnitsReached(), clock.instant()));
	}

	private List<ProgrammeDashboard.ProgrammeLine> programmeLines(int year) {
		return jdbc.sql("""
				select p.code, p.name, p.type, p.status, p.quota, p.approved_count, p.budget_idr, p.committed_idr,
				 (select coalesce(sum(a.realised_idr), 0) from programme_application a
				   where a.programme_id = p.id and a.realised_idr is not null and""" + " " + BENEFIT + """
				 ) from programme p where p.programme_year = :year and p.status <> 'DRAFT' order by p.code""")
			.param("year", year)
			.query((rs, n) -> new ProgrammeDashboard.ProgrammeLine(rs.getString(1), rs.getString(2),
					ProgrammeType.valueOf(rs.getString(3)), ProgrammeStatus.valueOf(rs.getString(4)), rs.getInt(5),
					rs.getLong(6), money(rs.getLong(7), rs.getLong(8), rs.getLong(9))))
			.list();
	}

	private int defaultYear(List<Integer> years) {
		int thisYear = programmes.today().getYear();
		return years.stream().filter(y -> y <= thisYear).findFirst().orElse(thisYear);
	}

	private static int checked(int year) {
		if (year < ProgrammeRules.EARLIEST_YEAR || year > ProgrammeRules.LATEST_YEAR) {
			throw new InvalidInputException(List.of(
					FieldViolation.of("year", "validation.year", ProgrammeRules.EARLIEST_YEAR, ProgrammeRules.LATEST_YEAR)));
		}
		return year;
	}

	static ProgrammeDashboard.Money money(long budget, long committed, long realised) {
		return new ProgrammeDashboard.Money(budget, committed, realised, percent(committed, budget),
				percent(realised, budget));
	}

	static ProgrammeDashboard.Share share(long count, long of) {
		return new ProgrammeDashboard.Share(count, of, percent(count, of));
	}

	private static BigDecimal percent(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	private String provinceName(String code) {
		return regions.province(code).map(Province::displayName).orElse(code);
	}
}
