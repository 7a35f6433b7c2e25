package id.canting.programme.participation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.participation.internal.Participant;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.shared.Actor;

/**
 * The participants' figures for the programme dashboard, for one programme year (and optionally one
 * programme): how many took part, how many of them women, from which provinces, how many prison
 * units were reached, and how well sessions were attended. Counts only published and closed
 * programmes, and reads only the participants' copies of their IKM, never the registry's tables.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantFigures {

	private final JdbcClient jdbc;
	private final Regions regions;
	private final ProgrammeManagement programmes;

	ParticipantFigures(JdbcClient jdbc, Regions regions, ProgrammeManagement programmes) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.programmes = programmes;
	}

	/**
	 * The figures of {@code year}; with {@code programmeCode}, of that programme alone (which the actor
	 * must be able to see).
	 */
	public ParticipantSummary of(Actor actor, int year, String programmeCode) {
		Map<String, Object> params = new HashMap<>();
		params.put("year", year);
		params.put("today", programmes.today());
		String where = " where g.programme_year = :year and g.status <> 'DRAFT'";
		String code = null;
		if (programmeCode != null && !programmeCode.isBlank()) {
			code = programmes.programme(actor, programmeCode).code();
			where += " and g.code = :code";
			params.put("code", code);
		}
		List<ProvinceParticipants> provinces = jdbc.sql("""
				select p.ikm_province_code as province, count(*) as participants,
				       sum(case when p.gender = 'F' then 1 else 0 end) as women
				from programme_participant p join programme g on g.id = p.programme_id""" + where
				+ " group by p.ikm_province_code order by count(*) desc, p.ikm_province_code")
			.params(params)
			.query((rs, n) -> new ProvinceParticipants(rs.getString("province"),
					regions.province(rs.getString("province")).map(Province::displayName).orElse(rs.getString("province")),
					rs.getLong("participants"), rs.getLong("women")))
			.list();
		long prisonUnits = jdbc.sql("""
				select count(distinct p.ikm_id) from programme_participant p join programme g on g.id = p.programme_id"""
				+ where + " and p.ikm_kind = 'PRISON_UNIT'")
			.params(params).query(Long.class).single();
		// every participant is expected at every session their programme has held so far
		long expected = jdbc.sql("""
				select count(*) from programme_participant p join programme g on g.id = p.programme_id
				join programme_session s on s.programme_id = p.programme_id and s.held_on <= :today""" + where)
			.params(params).query(Long.class).single();
		long present = jdbc.sql("""
				select count(*) from programme_participant p join programme g on g.id = p.programme_id
				join programme_session s on s.programme_id = p.programme_id and s.held_on <= :today
				join programme_attendance a on a.participant_id = p.id and a.session_id = s.id and a.present = true"""
				+ where)
			.params(params).query(Long.class).single();
		long total = provinces.stream().mapToLong(ProvinceParticipants::participants).sum();
		long women = provinces.stream().mapToLong(ProvinceParticipants::women).sum();
		return new ParticipantSummary(year, code, total, women, prisonUnits, expected, present,
				expected == 0 ? null : BigDecimal.valueOf(present * 100).divide(BigDecimal.valueOf(expected), 1,
						RoundingMode.HALF_UP),
				provinces);
	}

	/**
	 * Participant figures of a year or programme. {@code attendanceRatePercent} is the share of
	 * attendances expected (each participant at each session their programme has held) that were
	 * recorded present; null before any session was held.
	 */
	public record ParticipantSummary(int year, String programmeCode, long participants, long women,
			long prisonUnitsReached, long attendancesExpected, long attendancesPresent, BigDecimal attendanceRatePercent,
			List<ProvinceParticipants> byProvince) {
	}

	/** The participants from IKM of one province (by the IKM's province at enrolment). */
	public record ProvinceParticipants(String provinceCode, String provinceName, long participants, long women) {
	}
}
