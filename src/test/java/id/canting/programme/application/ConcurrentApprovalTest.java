package id.canting.programme.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.CantingTest;
import id.canting.programme.application.internal.ApplicationBatch;
import id.canting.programme.application.internal.BatchOutcome;
import id.canting.programme.catalogue.ProgrammeInput;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.internal.QuotaExceededException;
import id.canting.shared.Actor;

/**
 * Approvals that race each other, committed for real (no test transaction): two admins approving at
 * the same moment, each on its own connection and transaction exactly as two app nodes would, never
 * pass the quota or the budget together; and a work-queue batch reports each item, leaving the refused
 * ones as they were. Runs on H2 and on PostgreSQL (the production database, where the row lock decides).
 */
@CantingTest
class ConcurrentApprovalTest {

	static final Actor ADMIN = new Actor("admin", id.canting.shared.Role.ADMIN, null, java.util.Set.of());

	@Autowired
	ProgrammeManagement programmes;

	@Autowired
	ApplicationManagement applications;

	@Autowired
	ApplicationBatch batch;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoAdminsApprovingAtOnceNeverPassTheQuota() throws Exception {
		for (int round = 0; round < 5; round++) {
			String code = openProgramme(1, 1_000_000_000L);
			List<Long> ids = verifiedApplications(code, 2, 10_000_000L);
			List<Outcome> outcomes = raceToApprove(ids);
			assertThat(outcomes).filteredOn(Outcome::approved).hasSize(1);
			assertThat(outcomes).filteredOn(o -> !o.approved()).allSatisfy(o -> assertThat(o.refusal())
				.isIn(QuotaExceededException.class, org.springframework.dao.CannotAcquireLockException.class,
						org.springframework.dao.PessimisticLockingFailureException.class));
			assertThat(committed(code)).containsExactly(1L, 10_000_000L);
			assertThat(approvedCount(code)).isEqualTo(1);
		}
	}

	@Test
	void twoAdminsApprovingAtOnceNeverPassTheBudget() throws Exception {
		for (int round = 0; round < 5; round++) {
			String code = openProgramme(10, 30_000_000L);
			List<Long> ids = verifiedApplications(code, 2, 20_000_000L);
			List<Outcome> outcomes = raceToApprove(ids);
			assertThat(outcomes).filteredOn(Outcome::approved).hasSize(1);
			assertThat(committed(code)).containsExactly(1L, 20_000_000L);
		}
	}

	@Test
	void aBatchApprovalReportsEachItemAndLeavesTheRefusedAsTheyWere() {
		String code = openProgramme(1, 1_000_000_000L);
		List<Long> ids = verifiedApplications(code, 2, 10_000_000L);
		List<BatchOutcome> outcomes = batch.approveAll(ADMIN, ids);
		assertThat(outcomes).extracting(BatchOutcome::done).containsExactly(true, false);
		assertThat(outcomes.get(0).status()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(outcomes.get(1).messageKey()).isEqualTo("programme.application.quota-exceeded");
		assertThat(applications.application(ADMIN, new ApplicationId(ids.get(1))).status()).isEqualTo(ApplicationStatus.VERIFIED);
	}

	private List<Outcome> raceToApprove(List<Long> ids) throws Exception {
		CyclicBarrier start = new CyclicBarrier(ids.size());
		ExecutorService nodes = Executors.newFixedThreadPool(ids.size());
		try {
			List<Future<Outcome>> futures = new ArrayList<>();
			for (Long id : ids) {
				Callable<Outcome> approve = () -> {
					start.await();
					try {
						applications.approve(ADMIN, new ApplicationId(id), null);
						return new Outcome(true, null);
					}
					catch (RuntimeException e) {
						return new Outcome(false, e.getClass());
					}
				};
				futures.add(nodes.submit(approve));
			}
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
		finally {
			nodes.shutdownNow();
		}
	}

	private String openProgramme(int quota, long budgetIdr) {
		LocalDate today = programmes.today();
		String code = "UJI-SERENTAK-" + System.nanoTime() % 100_000_000;
		programmes.create(ADMIN, new ProgrammeInput(code, "Uji persetujuan serentak", "TRAINING", today.getYear(),
				budgetIdr, quota, today.minusDays(5).toString(), today.plusDays(5).toString(), "IKM", "Ditjen IKMA",
				"Uji", List.of("33"), List.of(), List.of(), List.of(), false, false, null, null));
		programmes.publish(ADMIN, code);
		return code;
	}

	private List<Long> verifiedApplications(String code, int count, long amountIdr) {
		List<Long> ikms = jdbc.sql("""
				select id from ikm where province_code = '33' and status = 'ACTIVE' and kind = 'REGULAR'
				 and id not in (select ikm_id from programme_application where ikm_id is not null) order by id limit :n""")
			.param("n", count).query(Long.class).list();
		List<Long> ids = new ArrayList<>();
		for (Long ikm : ikms) {
			Application a = applications.apply(ADMIN, code, new ApplicationInput(ikm, null, "Uji", amountIdr, true));
			applications.verify(ADMIN, a.id(), VerificationChecklist.allConfirmed(null));
			ids.add(a.id().value());
		}
		return ids;
	}

	private List<Long> committed(String code) {
		return jdbc.sql("select approved_count, committed_idr from programme where code = :c").param("c", code)
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
	}

	private long approvedCount(String code) {
		return jdbc.sql("""
				select count(*) from programme_application a join programme p on p.id = a.programme_id
				 where p.code = :c and a.status = 'APPROVED'""").param("c", code).query(Long.class).single();
	}

	record Outcome(boolean approved, Class<?> refusal) {
	}
}
