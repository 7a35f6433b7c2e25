package id.canting.certification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * How many IKM hold a Batikmark certificate, for the statistics module: distinct IKM with at least
 * one ACTIVE certificate still within its validity, by the province recorded on the certificate and
 * by the certified technique (an IKM certified for two techniques counts under both).
 */
@Service
@Transactional(readOnly = true)
public class CertifiedIkmFigures {

	/** Jakarta's dates, as the certificates'; a constant of its own, as nothing here may depend on certification.batikmark. */
	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/** What the figures count, for whoever publishes them. */
	public static final String DEFINITION = "Distinct IKM holding at least one ACTIVE Batikmark certificate whose validity "
			+ "has not passed; by the province recorded on the certificate and by certified technique "
			+ "(an IKM certified for several techniques counts under each).";

	private static final String ACTIVE = " from certificate where status = 'ACTIVE' and valid_until >= :today";

	private final JdbcClient jdbc;
	private final Clock clock;

	CertifiedIkmFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The figures for the country ({@code provinceCode} null) or one province. */
	public Figures figures(String provinceCode) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), WIB);
		String scope = provinceCode == null ? "" : " and province_code = :province";
		long total = query("select count(distinct ikm_id)" + ACTIVE + scope, today, provinceCode).query(Long.class)
			.single();
		List<Count> byProvince = query("select province_code as k, count(distinct ikm_id) as n" + ACTIVE + scope
				+ " group by province_code order by province_code", today, provinceCode)
			.query((rs, i) -> new Count(rs.getString("k"), rs.getLong("n"))).list();
		List<Count> byTechnique = query("select technique as k, count(distinct ikm_id) as n" + ACTIVE + scope
				+ " group by technique order by technique", today, provinceCode)
			.query((rs, i) -> new Count(rs.getString("k"), rs.getLong("n"))).list();
		Timestamp latest = query("select max(updated_at) from certificate where 1 = 1" + scope, today, provinceCode)
			.query(Timestamp.class).optional().orElse(null);
		Instant asOf = latest == null ? clock.instant() : latest.toInstant();
		return new Figures(DEFINITION, asOf, total, byProvince, byTechnique);
	}

	private JdbcClient.StatementSpec query(String sql, LocalDate today, String provinceCode) {
		JdbcClient.StatementSpec spec = jdbc.sql(sql);
		if (sql.contains(":today")) {
			spec = spec.param("today", today);
		}
		if (provinceCode != null) {
			spec = spec.param("province", provinceCode);
		}
		return spec;
	}

	/**
	 * The certified IKM in a scope: {@code asOf} is the latest change to a certificate (or now when
	 * there is none), {@code byProvince} keys are Kemendagri province codes, {@code byTechnique} keys
	 * TULIS, CAP, KOMBINASI.
	 */
	public record Figures(String definition, Instant asOf, long ikm, List<Count> byProvince,
			List<Count> byTechnique) {
	}

	/** One key with its number of certified IKM. */
	public record Count(String key, long ikm) {
	}
}
