package id.canting.programme.application.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.programme.OpenCalls;
import id.canting.programme.application.ApplicationInput;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.application.web.ApplicationQueueController.BatchLine;

/**
 * The work queue's batches, each application in its own transaction: verified with one checklist,
 * approved until the quota runs out, each line saying what happened to it. Not rolled back (the
 * batch commits item by item), so the test removes its programme afterwards.
 */
@CantingTest
class ApplicationBatchPagesTest {

	static final String CODE = "HAL-BATCH-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	OpenCalls calls;

	@Autowired
	ApplicationManagement applications;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheProgramme() {
		calls.remove(CODE);
	}

	@Test
	void verifiesAndApprovesTheTickedApplicationsAndSaysForEachWhatHappened() throws Exception {
		calls.forIkm(CODE, 100_000_000L, 1);
		List<Long> ikm = jdbc.sql("select id from ikm where province_code = '33' and status = 'ACTIVE' order by id limit 2")
			.query(Long.class).list();
		long first = submitted(ikm.get(0));
		long second = submitted(ikm.get(1));

		// a checklist not fully ticked: each line says it was not verified and why, never "ditolak"
		// (which reads as the application being rejected)
		MvcResult incomplete = mvc.perform(post("/applications/batch/verify").with(logins.as("officer.33")).with(csrf())
			.param("ids", String.valueOf(first)).param("identity", "true").param("documents", "true"))
			.andReturn();
		mvc.perform(get("/applications").with(logins.as("officer.33"))
			.requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, incomplete.getFlashMap()))
			.andExpect(content().string(containsString("tidak diverifikasi: Daftar periksa belum lengkap")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("ditolak:"))));
		mvc.perform(get("/applications").with(logins.as("officer.33")).header("Accept-Language", "en")
			.requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, incomplete.getFlashMap()))
			.andExpect(content().string(containsString("not verified: ")));
		assertThat(status(first)).isEqualTo("SUBMITTED");

		// every checklist item ticked once for the whole batch; the queue comes back as it was filtered
		MvcResult verified = mvc.perform(post("/applications/batch/verify").with(logins.as("officer.33")).with(csrf())
			.param("ids", String.valueOf(first), String.valueOf(second)).param("identity", "true")
			.param("documents", "true").param("eligibility", "true").param("site", "true").param("note", "Kunjungan")
			.param("status", "").param("programme", CODE))
			.andExpect(redirectedUrl("/applications?programme=" + CODE + "&status="))
			.andExpect(flash().attribute("batchAction", "verify"))
			.andReturn();
		assertThat(lines(verified)).extracting(BatchLine::id, BatchLine::done)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(first, true),
					org.assertj.core.groups.Tuple.tuple(second, true));
		assertThat(status(first)).isEqualTo("VERIFIED");

		// the same again is refused for each, with the rule, and changes nothing
		MvcResult again = mvc.perform(post("/applications/batch/verify").with(logins.as("officer.33")).with(csrf())
			.param("ids", String.valueOf(first)).param("identity", "true"))
			.andExpect(redirectedUrl("/applications"))
			.andReturn();
		assertThat(lines(again)).singleElement().satisfies(line -> {
			assertThat(line.done()).isFalse();
			assertThat(line.message()).contains("Hanya permohonan yang sudah diajukan");
		});

		mvc.perform(post("/applications/batch/approve").with(logins.as("admin")).with(csrf()))
			.andExpect(redirectedUrl("/applications"))
			.andExpect(flash().attribute("batchError", "pilih sedikitnya satu permohonan"));

		// a quota of one: the first is approved, the second refused with the quota's reason
		MvcResult approved = mvc.perform(post("/applications/batch/approve").with(logins.as("admin")).with(csrf())
			.param("ids", String.valueOf(first), String.valueOf(second)))
			.andExpect(flash().attribute("batchAction", "approve"))
			.andReturn();
		List<BatchLine> results = lines(approved);
		assertThat(results.get(0).done()).isTrue();
		assertThat(results.get(0).message()).isEqualTo("Disetujui");
		assertThat(results.get(1).done()).isFalse();
		assertThat(results.get(1).message()).contains("Kuota program sebanyak 1 penerima sudah habis");
		assertThat(status(first)).isEqualTo("APPROVED");
		assertThat(status(second)).isEqualTo("VERIFIED");

		// the queue the batch returns to shows the lines (handed over as the flash the redirect carries:
		// MockMvc's own flash support keeps it in a session that Spring Session does not read)
		mvc.perform(get("/applications").with(logins.as("admin"))
			.requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, approved.getFlashMap()))
			.andExpect(content().string(containsString("id=\"batch-results\"")))
			.andExpect(content().string(containsString("tidak disetujui: Kuota program sebanyak 1 penerima sudah habis")));

		// an officer cannot approve: the batch is refused as a whole, none approved
		mvc.perform(post("/applications/batch/approve").with(logins.as("officer.33")).with(csrf())
			.param("ids", String.valueOf(second)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
		assertThat(status(second)).isEqualTo("VERIFIED");
	}

	private long submitted(long ikmId) {
		return applications.apply(OpenCalls.ADMIN, CODE,
				new ApplicationInput(ikmId, null, "Pendampingan teknis", 10_000_000L, true)).id().value();
	}

	private String status(long id) {
		return jdbc.sql("select status from programme_application where id = ?").param(id).query(String.class).single();
	}

	@SuppressWarnings("unchecked")
	private static List<BatchLine> lines(MvcResult result) {
		return (List<BatchLine>) result.getFlashMap().get("batchResults");
	}
}
