package id.canting.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/** Verifying many IKM at once (the demo data's first start) keeps the rules and the audit of one by one. */
@CantingTest
@Transactional
class IkmBulkVerificationTest {

	static final Actor OFFICER_33 = new Actor("officer.bulk", Role.OFFICER, "33", Set.of());
	static final Actor OFFICER_35 = new Actor("officer.bulk35", Role.OFFICER, "35", Set.of());

	@Autowired
	IkmBulkVerification bulk;

	@Autowired
	IkmBulkRegistration registration;

	@Autowired
	IkmManagement ikms;

	@Autowired
	JdbcClient jdbc;

	@Test
	void marksEachIkmVerifiedAsOneByOneWithItsAuditEntry() {
		List<IkmId> ids = registration.registerAll(OFFICER_33, List.of(IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000098001"),
				IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000098002")));
		Ikm single = ikms.verify(OFFICER_33, ikms.register(OFFICER_33, IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000098003")).id());

		bulk.verifyAll(OFFICER_33, ids);

		for (IkmId id : ids) {
			Ikm read = ikms.ikm(OFFICER_33, id);
			assertThat(read.verification()).isEqualTo(Verification.VERIFIED).isEqualTo(single.verification());
			assertThat(read.verifiedBy()).isEqualTo("officer.bulk");
			assertThat(read.version()).isEqualTo(single.version());
		}
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ikm' and action = 'VERIFIED' and entity_id in (:ids)")
			.param("ids", ids.stream().map(id -> String.valueOf(id.value())).toList())
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void refusesAllWhenOneIkmIsOfAnotherProvince() {
		List<IkmId> ids = registration.registerAll(OFFICER_33, List.of(IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000098011")));

		assertThatThrownBy(() -> bulk.verifyAll(OFFICER_35, ids)).isInstanceOf(ForbiddenException.class);
		assertThat(ikms.ikm(OFFICER_33, ids.get(0)).verification()).isEqualTo(Verification.UNVERIFIED);
	}

	@Test
	void refusesAllWhenOneIkmIsInactive() {
		List<IkmId> ids = registration.registerAll(OFFICER_33, List.of(IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000098021"),
				IkmInputs.withNib(IkmInputs.aValidIkm(), "9120000098022")));
		ikms.deactivate(OFFICER_33, ids.get(1));

		assertThatThrownBy(() -> bulk.verifyAll(OFFICER_33, ids)).isInstanceOfSatisfying(ConflictException.class,
				e -> assertThat(e.messageKey()).isEqualTo("ikm.inactive"));
		assertThat(ikms.ikm(OFFICER_33, ids.get(0)).verification()).isEqualTo(Verification.UNVERIFIED);
	}
}
