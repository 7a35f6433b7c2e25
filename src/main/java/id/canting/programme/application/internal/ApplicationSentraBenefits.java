package id.canting.programme.application.internal;

import java.sql.Date;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.SentraBenefits;

/** {@link SentraBenefits} from the applications' and programmes' tables. */
@Service
@Transactional(readOnly = true)
class ApplicationSentraBenefits implements SentraBenefits {

	private static final String SELECT = """
			select a.id, a.sentra_id, p.code, p.name, p.type, p.programme_year, a.status, a.approved_idr,
			       a.realised_idr, a.realised_on
			 from programme_application a join programme p on p.id = a.programme_id
			 where a.sentra_id is not null and a.status in ('APPROVED', 'REALISED', 'CLOSED')""";

	private final JdbcClient jdbc;

	ApplicationSentraBenefits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<SentraBenefit> of(long sentraId) {
		return jdbc.sql(SELECT + " and a.sentra_id = :sentra order by a.decided_at desc, a.id desc")
			.param("sentra", sentraId).query((rs, n) -> benefit(rs)).list();
	}

	@Override
	public List<SentraBenefit> all() {
		return jdbc.sql(SELECT + " order by a.sentra_id, a.decided_at desc, a.id desc").query((rs, n) -> benefit(rs)).list();
	}

	private static SentraBenefit benefit(java.sql.ResultSet rs) throws java.sql.SQLException {
		Date realisedOn = rs.getDate(10);
		return new SentraBenefit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getInt(6), rs.getString(7), (Long) rs.getObject(8, Long.class), (Long) rs.getObject(9, Long.class),
				realisedOn == null ? null : realisedOn.toLocalDate());
	}
}
