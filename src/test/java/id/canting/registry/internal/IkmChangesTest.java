package id.canting.registry.internal;

import id.canting.registry.IkmMother;
import id.canting.registry.IkmManagement;
import id.canting.registry.IkmInput;
import id.canting.registry.IkmChangeId;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmId;
import id.canting.registry.Ikm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingModuleTest;
import id.canting.registry.internal.IkmChangeReview;
import id.canting.registry.internal.IkmChangeStatus;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/**
 * The rule at the facade every write path goes through ({@link IkmManagement#update}: the page, the
 * API and the import alike), on the registry's own empty database with an IKM built for each test.
 * Rolled back after each test.
 */
@CantingModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
@Transactional
class IkmChangesTest {

	private static final Actor OFFICER_33 = new Actor("officer.33", Role.OFFICER, "33", Set.of());

	@Autowired
	IkmManagement ikms;

	@Autowired
	IkmChanges changes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOwnersChangeWaitsForReviewEvenBeforeTheIkmIsVerified() {
		// registered IKM are active and unverified until an officer verifies them
		long id = IkmMother.anIkm().inRegency("33.75").registerWith(ikms).id().value();
		Actor owner = ownerOf(id);
		Ikm ikm = ikms.ikm(owner, new IkmId(id));
		long workers = tallied();
		IkmDetails d = ikm.details();
		IkmInput more = IkmMother.from(d.toInput()).withWorkers(d.workersMale() + 100, d.workersFemale()).build();

		Ikm after = ikms.update(owner, ikm.id(), ikm.version(), more);

		assertThat(after.details().workersMale()).isEqualTo(d.workersMale());
		assertThat(tallied()).isEqualTo(workers);
		assertThat(changes.pendingOf(owner, ikm.id())).hasValueSatisfying(
				review -> assertThat(review.change().fields()).containsExactly("workersMale"));
	}

	@Test
	void aChangeMovingTheIkmToAnotherProvinceIsAcceptedByAnAdminNotByTheOfficer() {
		long id = IkmMother.anIkm().inRegency("33.75").registerWith(ikms).id().value();
		Actor owner = ownerOf(id);
		Ikm ikm = ikms.ikm(owner, new IkmId(id));
		ikms.update(owner, ikm.id(), ikm.version(), IkmMother.from(ikm.details().toInput()).inRegency("35.23").build());
		IkmChangeId change = changes.pendingOf(owner, ikm.id()).orElseThrow().change().id();

		assertThatThrownBy(() -> changes.accept(OFFICER_33, ikm.id(), change)).isInstanceOf(ForbiddenException.class);
		IkmChangeReview accepted = changes.accept(Actor.SYSTEM, ikm.id(), change);
		assertThat(accepted.ikm().provinceCode()).isEqualTo("35");
		assertThat(accepted.change().status()).isEqualTo(IkmChangeStatus.ACCEPTED);
	}

	private long tallied() {
		return jdbc.sql("select sum(workers) from ikm_tally where dimension = 'PROVINCE'").query(Long.class).single();
	}

	private static Actor ownerOf(long ikm) {
		return new Actor("pemilik.uji", Role.IKM_OWNER, null, Set.of(ikm));
	}
}
