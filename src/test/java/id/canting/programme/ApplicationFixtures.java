package id.canting.programme;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.canting.TestLogins;

/**
 * Test programmes whose call is open today (the demo programmes are all of 2024 and long closed),
 * made through the API as an admin would, and registry IKM to apply with.
 */
public final class ApplicationFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private ApplicationFixtures() {
	}

	/** Creates and publishes an IKM programme for Jawa Tengah (33), open from ten days ago for a month; returns its code. */
	public static String openProgramme(MockMvc mvc, TestLogins logins, int quota, long budgetIdr) throws Exception {
		return openProgramme(mvc, logins, quota, budgetIdr, "[\"33\"]");
	}

	/** As {@link #openProgramme(MockMvc, TestLogins, int, long)}, for the provinces given as a JSON array. */
	public static String openProgramme(MockMvc mvc, TestLogins logins, int quota, long budgetIdr, String provinces)
			throws Exception {
		return openProgrammeWithRules(mvc, logins, quota, budgetIdr,
				"{\"provinces\": " + provinces + ", \"nibRequired\": false}");
	}

	/** A second training programme refusing whoever benefited from a training within these years. */
	public static String openProgrammeWithNoBenefitYears(MockMvc mvc, TestLogins logins, int years) throws Exception {
		return openProgrammeWithRules(mvc, logins, 5, 100_000_000,
				"{\"nibRequired\": false, \"noBenefitWithinYears\": " + years + "}");
	}

	/** Creates and publishes an open TRAINING programme for IKM with these eligibility rules (JSON). */
	public static String openProgrammeWithRules(MockMvc mvc, TestLogins logins, int quota, long budgetIdr,
			String rules) throws Exception {
		return open(mvc, logins, "TRAINING", quota, budgetIdr, rules, "");
	}

	/**
	 * Creates and publishes an open machine-restructuring programme for Jawa Tengah with the 2018 to
	 * 2020 rate table: 30% domestic, 25% imported, at least Rp5 M, at most Rp300 M per company.
	 */
	public static String openMachineRestructuring(MockMvc mvc, TestLogins logins) throws Exception {
		return open(mvc, logins, "MACHINE_RESTRUCTURING", 10, 3_000_000_000L,
				"{\"provinces\": [\"33\"], \"nibRequired\": false}", """
						, "reimbursement": {"rates": [{"origin": "DOMESTIC", "ratePercent": 30},
						 {"origin": "IMPORTED", "ratePercent": 25}], "minimumIdr": 5000000, "maximumIdr": 300000000}""");
	}

	private static String open(MockMvc mvc, TestLogins logins, String type, int quota, long budgetIdr, String rules,
			String more) throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		String code = "UJI-APL-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
		String body = """
				{"code": "%s", "name": "Program uji permohonan", "type": "%s", "year": %d, "budgetIdr": %d,
				 "quota": %d, "opensOn": "%s", "closesOn": "%s", "target": "IKM", "organiser": "Ditjen IKMA",
				 "description": "Uji", "eligibility": %s %s}"""
			.formatted(code, type, today.getYear(), budgetIdr, quota, today.minusDays(10), today.plusDays(20), rules, more);
		mvc.perform(post("/api/v1/programmes").with(logins.as("admin")).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/programmes/" + code + "/publish").with(logins.as("admin")))
			.andExpect(status().isOk());
		return code;
	}

	/** Active regular IKM of a province, by id. */
	public static List<Long> activeIkmIn(JdbcClient jdbc, String province, int count) {
		return jdbc.sql("select id from ikm where province_code = :p and status = 'ACTIVE' and kind = 'REGULAR' order by id limit :n")
			.param("p", province)
			.param("n", count)
			.query(Long.class)
			.list();
	}
}
