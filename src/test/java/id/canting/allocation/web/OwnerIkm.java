package id.canting.allocation.web;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.account.AccountSessions;

/**
 * The demo owner's IKM made an eligible producer for an order's tests: active, verified, with a NIB, the
 * given technique alone and capacity per month, and no accepted semester report (so the registry's
 * capacity counts). Inside a test's transaction, so it is rolled back after each test.
 */
final class OwnerIkm {

	private OwnerIkm() {
	}

	static long asProducer(JdbcClient jdbc, AccountSessions sessions, String technique, int capacityPerMonth) {
		long ikm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		jdbc.sql("update ikm set status = 'ACTIVE', verification = 'VERIFIED', nib = coalesce(nib, '9120000000001'),"
				+ " capacity_per_month = ? where id = ?").params(capacityPerMonth, ikm).update();
		jdbc.sql("delete from ikm_technique where ikm_id = ?").param(ikm).update();
		jdbc.sql("insert into ikm_technique (ikm_id, technique) values (?, ?)").params(ikm, technique).update();
		jdbc.sql("delete from semester_report where ikm_id = ? and status = 'ACCEPTED'").param(ikm).update();
		return ikm;
	}
}
