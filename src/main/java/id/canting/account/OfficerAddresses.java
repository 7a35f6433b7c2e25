package id.canting.account;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail addresses of a province's officers (enabled OFFICER accounts of that province that have
 * one), for modules that tell a provincial office of something in its province (a producer behind on
 * an order's pace).
 */
@Service
@Transactional(readOnly = true)
public class OfficerAddresses {

	private final JdbcClient jdbc;

	OfficerAddresses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The addresses, sorted, without duplicates; empty for a province without officers. */
	public List<String> of(String provinceCode) {
		return jdbc.sql("""
				select distinct email from user_account
				where role = 'OFFICER' and enabled = true and province_code = ? and email is not null and email <> ''
				order by email""")
			.param(provinceCode)
			.query(String.class)
			.list();
	}
}
