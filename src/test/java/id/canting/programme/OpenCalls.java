package id.canting.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeInput;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/**
 * Programmes whose call is open today, for tests of applications (the demo programmes are all of
 * 2024 and closed). Tests that commit what they create (batches, the browser) remove it afterwards
 * with {@link #remove}, so the demo data stay as every other test expects them.
 */
@Component
public class OpenCalls {

	/** Ministry staff as the demo admin acts. */
	public static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, Set.of());

	private final ProgrammeManagement programmes;
	private final JdbcClient jdbc;

	OpenCalls(ProgrammeManagement programmes, JdbcClient jdbc) {
		this.programmes = programmes;
		this.jdbc = jdbc;
	}

	/** A published call for IKM of any province, open from yesterday for a month. */
	public Programme forIkm(String code, long budgetIdr, int quota) {
		return publish(code, "IKM", budgetIdr, quota, List.of(), List.of(), today().minusDays(1), today().plusDays(30));
	}

	/** A published call for sentra, open today. */
	public Programme forSentra(String code) {
		return publish(code, "SENTRA", 500_000_000L, 5, List.of(), List.of(), today().minusDays(1), today().plusDays(30));
	}

	/** A published IKM call with rules: only these provinces and kinds. */
	public Programme withRules(String code, List<String> provinces, List<String> kinds) {
		return publish(code, "IKM", 500_000_000L, 5, provinces, kinds, today().minusDays(1), today().plusDays(30));
	}

	/** A published IKM call whose window opens in ten days. */
	public Programme notYetOpen(String code) {
		return publish(code, "IKM", 500_000_000L, 5, List.of(), List.of(), today().plusDays(10), today().plusDays(40));
	}

	public LocalDate today() {
		return programmes.today();
	}

	/** Deletes a committed test programme and its applications (their audit entries stay, as audit does). */
	public void remove(String code) {
		jdbc.sql("delete from programme_application where programme_id in (select id from programme where code = :code)")
			.param("code", code).update();
		jdbc.sql("delete from programme where code = :code").param("code", code).update();
	}

	private Programme publish(String code, String target, long budgetIdr, int quota, List<String> provinces,
			List<String> kinds, LocalDate opensOn, LocalDate closesOn) {
		programmes.create(ADMIN, new ProgrammeInput(code, "Uji " + code, "TECHNICAL_ASSISTANCE", opensOn.getYear(),
				budgetIdr, quota, opensOn.toString(), closesOn.toString(), target, "Ditjen IKMA", "Program uji halaman",
				provinces, List.of(), kinds, List.of(), false, false, null, null));
		return programmes.publish(ADMIN, code);
	}
}
