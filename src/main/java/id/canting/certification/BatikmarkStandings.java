package id.canting.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An IKM's {@link BatikmarkStanding}, for modules that show it (exhibitor applications). */
@Service
@Transactional(readOnly = true)
public class BatikmarkStandings {

	private final JdbcClient jdbc;
	private final Clock clock;

	BatikmarkStandings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** CERTIFIED when an ACTIVE certificate is valid today (Jakarta), else IN_PROCESS when an application is undecided, else NONE. */
	public BatikmarkStanding of(long ikmId) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), CertifiedIkmFigures.WIB);
		long certificates = jdbc.sql("select count(*) from certificate where ikm_id = :ikm and status = 'ACTIVE'"
				+ " and valid_until >= :today").param("ikm", ikmId).param("today", today).query(Long.class).single();
		if (certificates > 0) {
			return BatikmarkStanding.CERTIFIED;
		}
		long open = jdbc.sql("select count(*) from certification_application where ikm_id = :ikm"
				+ " and status not in ('ISSUED', 'REJECTED')").param("ikm", ikmId).query(Long.class).single();
		return open > 0 ? BatikmarkStanding.IN_PROCESS : BatikmarkStanding.NONE;
	}

	/**
	 * The standing of every IKM that is not NONE (absent from the map: NONE), by IKM id, by the same
	 * rule as {@link #of(long)} — two queries whatever the number of IKM, for modules that judge
	 * thousands of IKM at once (order allocation's eligibility).
	 */
	public Map<Long, BatikmarkStanding> all() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), CertifiedIkmFigures.WIB);
		Map<Long, BatikmarkStanding> standings = new HashMap<>();
		jdbc.sql("select distinct ikm_id from certification_application where status not in ('ISSUED', 'REJECTED')")
			.query(Long.class).list().forEach(id -> standings.put(id, BatikmarkStanding.IN_PROCESS));
		jdbc.sql("select distinct ikm_id from certificate where status = 'ACTIVE' and valid_until >= :today")
			.param("today", today).query(Long.class).list().forEach(id -> standings.put(id, BatikmarkStanding.CERTIFIED));
		return standings;
	}
}
