package id.canting.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.audit.TestActors;
import id.canting.registry.IkmId;
import id.canting.registry.events.IkmUpdated;
import id.canting.registry.SentraId;
import id.canting.registry.events.SentraRegistered;
import id.canting.shared.FieldChange;

@CantingTest
@Transactional
class AuditPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void theHistoryFragmentShowsEachChangedFieldFromOldToNewValue() throws Exception {
		events.publishEvent(new IkmUpdated(new IkmId(990_041), "33", List.of(new FieldChange("workersFemale", "6", "30"),
				new FieldChange("phone", null, "081234567890")), "officer.33"));

		String html = mvc.perform(get("/audit/history").param("entity", "ikm").param("id", "990041")
			.with(authentication(TestActors.officerOf("33"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andReturn().getResponse().getContentAsString();
		Document fragment = Jsoup.parse(html);
		assertThat(fragment.select("#audit-history tbody tr")).hasSize(1);
		assertThat(fragment.select("#audit-history tbody td").get(1).text()).isEqualTo("officer.33");
		assertThat(fragment.select("#audit-history tbody td").get(2).text()).isEqualTo("Diubah");
		assertThat(fragment.select(".change-field").eachText()).containsExactly("Tenaga kerja perempuan", "Telepon");
		assertThat(fragment.select(".change-old").eachText()).containsExactly("6", "(kosong)");
		assertThat(fragment.select(".change-new").eachText()).containsExactly("30", "081234567890");
	}

	@Test
	void aRecordWithoutHistorySaysSo() throws Exception {
		Document fragment = fragment(get("/audit/history").param("entity", "sentra").param("id", "990042")
			.with(authentication(TestActors.admin())).header("Accept-Language", "en"));
		assertThat(fragment.select("#audit-history tbody tr")).isEmpty();
		assertThat(fragment.select("#audit-history").text()).isEqualTo("This record has no history yet.");
	}

	@Test
	void theHistoryIsNotShownToThoseWhoMayNotReadTheRecord() throws Exception {
		events.publishEvent(new SentraRegistered(new SentraId(990_043), "Sentra Batik Uji", "35", "officer.35"));
		for (var who : List.of(TestActors.buyer(), TestActors.officerOf("33"))) {
			String html = mvc.perform(get("/audit/history").param("entity", "sentra").param("id", "990043")
				.with(authentication(who)))
				.andExpect(status().isForbidden())
				.andReturn().getResponse().getContentAsString();
			assertThat(html).doesNotContain("officer.35").doesNotContain("Sentra Batik Uji")
				.contains("Anda tidak berhak melihat riwayat data ini.");
		}
	}

	@Test
	void theSearchPageFiltersByUserAndAnHtmxRequestGetsOnlyTheResults() throws Exception {
		events.publishEvent(new SentraRegistered(new SentraId(990_044), "Sentra Batik Uji", "35", "audit.page.test"));
		Document page = fragment(get("/audit").param("user", "audit.page.test").with(authentication(TestActors.admin())));
		assertThat(page.select("h1").text()).isEqualTo("Jejak audit");
		assertThat(page.select("#audit-results tbody tr")).hasSize(1);
		assertThat(page.select("#audit-results tbody a").attr("href")).isEqualTo("/sentra/990044");
		assertThat(page.select("#filter-user").val()).isEqualTo("audit.page.test");

		mvc.perform(get("/audit").param("user", "audit.page.test").header("HX-Request", "true")
			.with(authentication(TestActors.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"audit-browse\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theSearchPageIsRefusedToABuyer() throws Exception {
		mvc.perform(get("/audit").with(authentication(TestActors.buyer()))).andExpect(status().isForbidden());
	}

	private Document fragment(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}
}
