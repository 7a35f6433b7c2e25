package id.canting.programme;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationInput;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.application.VerificationChecklist;
import id.canting.programme.catalogue.ProgrammeInput;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.shared.Actor;

/**
 * Test programmes and beneficiaries made through the module's own facades, as an admin would make
 * them: a published IKM programme of year {@link #YEAR} (no demo programme has it) whose window holds
 * today, and applications taken through apply, verify and approve (and realise). Callers run inside a
 * rolled-back transaction.
 */
@Component
public class ProgrammeTestData {

	/** A year of no demo programme, so a dashboard of it holds only what a test made. */
	public static final int YEAR = 2099;

	private final ProgrammeManagement programmes;
	private final ApplicationManagement applications;
	private final JdbcClient jdbc;

	ProgrammeTestData(ProgrammeManagement programmes, ApplicationManagement applications, JdbcClient jdbc) {
		this.programmes = programmes;
		this.applications = applications;
		this.jdbc = jdbc;
	}

	/** A published IKM programme without eligibility rules, open today. */
	public String openProgramme(String code, ProgrammeType type, long budgetIdr, int quota) {
		LocalDate today = programmes.today();
		programmes.create(Actor.SYSTEM, new ProgrammeInput(code, "Program uji " + code, type.name(), YEAR, budgetIdr,
				quota, today.minusDays(10).toString(), today.plusDays(30).toString(), "IKM", "Ditjen IKMA", "Uji",
				List.of(), List.of(), List.of(), List.of(), false, false, null, null));
		programmes.publish(Actor.SYSTEM, code);
		return code;
	}

	/** An application of this IKM, approved for {@code amountIdr}; realised for {@code realisedIdr} when given. */
	public long beneficiary(String programmeCode, long ikmId, long amountIdr, Long realisedIdr) {
		long id = submitted(programmeCode, ikmId, amountIdr);
		applications.verify(Actor.SYSTEM, new ApplicationId(id), VerificationChecklist.allConfirmed(null));
		applications.approve(Actor.SYSTEM, new ApplicationId(id), amountIdr);
		if (realisedIdr != null) {
			applications.realise(Actor.SYSTEM, new ApplicationId(id), programmes.today(), realisedIdr, null);
		}
		return id;
	}

	/** An application of this IKM, submitted and not yet decided. */
	public long submitted(String programmeCode, long ikmId, long requestedIdr) {
		return applications.apply(Actor.SYSTEM, programmeCode,
				new ApplicationInput(ikmId, null, "Uji dampak", requestedIdr, true)).id().value();
	}

	/** Active IKM of a province and kind, lowest ids first, but for those excluded. */
	public List<Long> ikmOf(String province, String kind, int count, long... excluded) {
		List<Long> skip = java.util.Arrays.stream(excluded).boxed().toList();
		return jdbc.sql("select id from ikm where province_code = ? and kind = ? and status = 'ACTIVE' order by id")
			.param(province).param(kind)
			.query(Long.class).list().stream().filter(id -> !skip.contains(id)).limit(count).toList();
	}
}
