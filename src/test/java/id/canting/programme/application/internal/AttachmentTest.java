package id.canting.programme.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.CantingTest;
import id.canting.TestLogins;
import id.canting.account.AccountSessions;
import id.canting.programme.ApplicationFixtures;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationInput;
import id.canting.programme.application.ApplicationManagement;
import id.canting.shared.Actor;
import id.canting.shared.Role;

/**
 * Documents attached to an application: accepted by content (PDF, JPEG, PNG) up to the size limit,
 * downloaded as sent, refused with the field named otherwise, and never left on disk by a transaction
 * that rolled back.
 */
@CantingTest
class AttachmentTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
	static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, Set.of());

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	AccountSessions sessions;

	@Autowired
	ApplicationManagement applications;

	@Autowired
	ApplicationAttachments attachments;

	@Autowired
	PlatformTransactionManager transactions;

	@Value("${canting.files.dir}")
	Path filesDir;

	long applicationId;

	@BeforeEach
	void anApplicationOfTheOwner() throws Exception {
		String code = ApplicationFixtures.openProgramme(mvc, logins, 5, 100_000_000);
		long ikm = sessions.principalOf("owner").orElseThrow().actor().ikmIds().iterator().next();
		applicationId = applications.apply(ADMIN, code, new ApplicationInput(ikm, null, "Uji", 1_000_000L, false))
			.id().value();
	}

	@Test
	void theOwnerAttachesAPdfAndEveryoneWhoMaySeeTheApplicationDownloadsIt() throws Exception {
		String location = mvc.perform(multipart("/api/v1/applications/" + applicationId + "/attachments")
			.file(new MockMultipartFile("file", "../../proposal final.PDF", "text/plain", PDF))
			.param("kind", "proposal").with(logins.as("owner")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fileName").value("proposal final.pdf"))
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.kind").value("PROPOSAL"))
			.andReturn().getResponse().getHeader("Location");
		mvc.perform(get(location).with(logins.as("officer.33")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PDF));
		mvc.perform(get(location).with(logins.as("officer.35"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/applications/" + applicationId + "/attachments").with(logins.as("owner")))
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void refusesWhatIsNotAPdfJpegOrPngWhateverItsNameAndTooBigFiles() throws Exception {
		mvc.perform(multipart("/api/v1/applications/" + applicationId + "/attachments")
			.file(new MockMultipartFile("file", "invoice.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()))
			.param("kind", "INVOICE").with(logins.as("owner")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("PDF")));
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		mvc.perform(multipart("/api/v1/applications/" + applicationId + "/attachments")
			.file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
			.param("kind", "INVOICE").with(logins.as("owner")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("5")));
		mvc.perform(multipart("/api/v1/applications/" + applicationId + "/attachments")
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
			.param("kind", "SELFIE").with(logins.as("owner")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(get("/api/v1/applications/" + applicationId + "/attachments").with(logins.as("owner")))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void aRolledBackAttachmentLeavesNoFileBehind() throws IOException {
		long before = fileCount();
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.executeWithoutResult(status -> {
			attachments.attach(ADMIN, new ApplicationId(applicationId), "PHOTO", "foto.png", png());
			status.setRollbackOnly();
		});
		assertThat(fileCount()).isEqualTo(before);
		assertThat(attachments.attachments(ADMIN, new ApplicationId(applicationId))).isEmpty();
	}

	private static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
	}

	private long fileCount() throws IOException {
		if (!Files.exists(filesDir)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(filesDir)) {
			return files.filter(Files::isRegularFile).count();
		}
	}
}
