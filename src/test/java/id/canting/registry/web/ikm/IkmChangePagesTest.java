package id.canting.registry.web.ikm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import id.canting.AsUser;
import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;

/** The pages of owners' changes that wait for review: the marked form, the IKM page, the office's queue. */
@CantingTest
@Transactional
class IkmChangePagesTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	MockMvc owner;
	MockMvc officer;
	long ikm;

	@BeforeEach
	void signIn(@Autowired AccountSessions sessions) {
		owner = AsUser.mockMvc(context, logins, "owner");
		officer = AsUser.mockMvc(context, logins, "officer.33");
		ikm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
	}

	@Test
	void theOwnersFormMarksEachFieldWhoseChangeGoesToReview() throws Exception {
		Document form = page(owner, get("/ikm/" + ikm + "/edit"));
		assertThat(form.select("#review-hint").text()).contains("Ditinjau petugas");
		for (String field : new String[] { "nib", "ownerGender", "kind", "yearFounded", "regencyCode", "sentraId",
				"techniques", "categories", "dyes", "capacityPerMonth", "workersMale", "workersFemale", "investmentIdr" }) {
			assertThat(form.select("#" + field + "-review")).as(field).hasSize(1);
		}
		for (String field : new String[] { "name", "ownerName", "address", "phone", "email" }) {
			assertThat(form.select("#" + field + "-review")).as(field).isEmpty();
		}
		Document english = page(owner, get("/ikm/" + ikm + "/edit").param("lang", "en"));
		assertThat(english.select("#workersMale-review").text()).isEqualTo("Reviewed by the office");
		// an officer edits every field directly: nothing is marked
		Document officers = page(officer, get("/ikm/" + ikm + "/edit"));
		assertThat(officers.select(".review-mark, #review-hint")).isEmpty();
	}

	@Test
	void anOwnersEditOfWorkersWaitsForTheOfficeWhichAcceptsItFromTheQueue() throws Exception {
		int female = jdbc.sql("select workers_female from ikm where id = ?").param(ikm).query(Integer.class).single();
		owner.perform(submit(page(owner, get("/ikm/" + ikm + "/edit")),
				Map.of("workersFemale", String.valueOf(female + 3), "phone", "0271 555 7777")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/ikm/" + ikm))
			.andExpect(flash().attribute("notice", "ikm.notice.saved-pending"));

		Document detail = page(owner, get("/ikm/" + ikm));
		assertThat(detail.select("#change-status").text()).isEqualTo("Menunggu tinjauan");
		assertThat(detail.select("#change-diff tr[data-field=workersFemale] td.proposed").text())
			.isEqualTo(String.valueOf(female + 3));
		assertThat(detail.select("#ikm-workers").text()).contains(female + " perempuan");
		assertThat(detail.select("#change-withdraw")).hasSize(1);
		assertThat(detail.select("#change-accept")).isEmpty();
		// the descriptive field applied at once
		assertThat(detail.text()).contains("0271 555 7777");
		// the form shows the proposal, so saving it again does not drop it
		assertThat(page(owner, get("/ikm/" + ikm + "/edit")).select("#workersFemale").val())
			.isEqualTo(String.valueOf(female + 3));

		Document queue = page(officer, get("/ikm/changes"));
		Element row = queue.select("div.change:has(a[href^=/ikm/" + ikm + "#])").first();
		assertThat(row).isNotNull();
		assertThat(row.select("tr[data-field=workersFemale] td.current").text()).isEqualTo(String.valueOf(female));
		String accept = row.select("form[action$=/accept]").attr("action");
		officer.perform(post(accept).param("from", "queue")).andExpect(redirectedUrl("/ikm/changes"))
			.andExpect(flash().attribute("notice", "ikm.change.notice.accepted"));

		Document decided = page(owner, get("/ikm/" + ikm));
		assertThat(decided.select("#change-status").text()).isEqualTo("Diterima");
		// once accepted, the IKM's value "now" is the proposed one: only the proposal is shown, not a diff of equals
		assertThat(decided.select("#change-diff td.current")).isEmpty();
		assertThat(decided.select("#change-diff tr[data-field=workersFemale] td.proposed").text())
			.isEqualTo(String.valueOf(female + 3));
		assertThat(jdbc.sql("select workers_female from ikm where id = ?").param(ikm).query(Integer.class).single())
			.isEqualTo(female + 3);
	}

	@Test
	void aReturnWithoutReasonShowsTheErrorAtTheReasonFieldAndAReturnWithOneReachesTheOwner() throws Exception {
		owner.perform(submit(page(owner, get("/ikm/" + ikm + "/edit")), Map.of("yearFounded", "1975")))
			.andExpect(flash().attribute("notice", "ikm.notice.saved-pending"));
		Document detail = page(officer, get("/ikm/" + ikm));
		String returnUrl = detail.select("#change-return-form").attr("action");

		officer.perform(post(returnUrl).param("reason", "")).andExpect(redirectedUrl("/ikm/" + ikm + "#change"))
			.andExpect(flash().attributeExists("reasonError"));
		officer.perform(post(returnUrl).param("reason", "Akta pendirian menyebut tahun 1985"))
			.andExpect(redirectedUrl("/ikm/" + ikm));

		Document seen = page(owner, get("/ikm/" + ikm));
		assertThat(seen.select("#change-status").text()).isEqualTo("Dikembalikan");
		assertThat(seen.select("#change-returned").text()).contains("officer.33")
			.contains("Akta pendirian menyebut tahun 1985");
	}

	@Test
	void theQueueIsForTheOffice() throws Exception {
		owner.perform(get("/ikm/changes")).andExpect(status().isForbidden());
		assertThat(page(officer, get("/ikm")).select("#changes-link").attr("href")).isEqualTo("/ikm/changes");
	}

	/** The edit form as a browser would send it, with some fields changed. */
	private static RequestBuilder submit(Document form, Map<String, String> changed) {
		Element f = form.selectFirst("#ikm-form");
		MockHttpServletRequestBuilder request = post(f.attr("action"));
		for (Element input : f.select("input[name], select[name]")) {
			String name = input.attr("name");
			if (input.is("select")) {
				Element selected = input.selectFirst("option[selected]");
				request.param(name, changed.getOrDefault(name, selected == null ? "" : selected.val()));
			}
			else if (input.attr("type").equals("checkbox")) {
				if (input.hasAttr("checked")) {
					request.param(name, input.val());
				}
			}
			else if (!name.startsWith("_")) {
				request.param(name, changed.getOrDefault(name, input.val()));
			}
		}
		return request;
	}

	private static Document page(MockMvc as, RequestBuilder request) throws Exception {
		return Jsoup.parse(as.perform(request).andReturn().getResponse().getContentAsString());
	}
}
