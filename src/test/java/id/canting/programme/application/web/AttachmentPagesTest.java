package id.canting.programme.application.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.programme.ApplicationFixtures;
import id.canting.programme.application.ApplicationInput;
import id.canting.programme.application.ApplicationManagement;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/** The documents fragment of an application: upload with the problem next to the file field, list and download. */
@CantingTest
@Transactional
class AttachmentPagesTest {

	static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountSessions sessions;

	@Autowired
	ApplicationManagement applications;

	long id;

	@BeforeEach
	void anApplication() throws Exception {
		String code = ApplicationFixtures.openProgramme(mvc, logins, 5, 100_000_000);
		long ikm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		id = applications.apply(new Actor("admin", Role.ADMIN, null, Set.of()), code,
				new ApplicationInput(ikm, null, "Uji", 1_000_000L, false)).id().value();
	}

	@Test
	void theOwnerUploadsAndSeesTheProblemNextToTheFileField() throws Exception {
		String refused = mvc.perform(multipart("/applications/" + id + "/documents")
			.file(new MockMultipartFile("file", "ktp.pdf", "application/pdf", "hello".getBytes()))
			.param("kind", "OWNER_ID").header("HX-Request", "true").with(logins.as("owner")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document fragment = Jsoup.parse(refused);
		assertThat(fragment.select("#attachment-file-error").text()).contains("PDF");
		assertThat(fragment.select("html head title")).isEmpty();

		String added = mvc.perform(multipart("/applications/" + id + "/documents")
			.file(new MockMultipartFile("file", "ktp.pdf", "application/pdf", PDF))
			.param("kind", "OWNER_ID").header("HX-Request", "true").with(logins.as("owner")).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String link = Jsoup.parse(added).select("#attachment-list a").attr("href");
		assertThat(Jsoup.parse(added).select("#attachment-list td").text()).contains("KTP pemilik", "ktp.pdf");
		mvc.perform(get(link).with(logins.as("officer.33"))).andExpect(content().bytes(PDF));
	}

	@Test
	void thePageStandsAloneInEnglishAndOtherProvincesSeeNothing() throws Exception {
		mvc.perform(get("/applications/" + id + "/documents").param("lang", "en").with(logins.as("owner")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("at most 5 MB each")));
		mvc.perform(get("/applications/" + id + "/documents").with(logins.as("officer.35")))
			.andExpect(status().isNotFound());
	}
}
