package id.canting;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import id.canting.certification.batikmark.internal.VerifyFixtures;
import id.canting.event.report.internal.ReportFigureStubs;

/**
 * The one Spring test setup of the suite: the whole application on a random port with the demo
 * data, on the database {@link TestDatabase} chose. Every Spring test uses exactly this, so the
 * context starts once per run and is shared. Its MockMvc checks every API call against the OpenAPI
 * document ({@link ApiDocumentCheck}). Test fixtures that need the demo data or several modules are
 * imported here, not scanned, so that module tests ({@link CantingModuleTest}) start without them.
 * Passwords are hashed with a cheaper bcrypt ({@link TestPasswords}): the suite hashes many.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "canting.demo.enabled=true", "spring.thymeleaf.cache=true",
				// small enough that a test can send a file over it (the real default is 200MB)
				"spring.servlet.multipart.max-file-size=8MB", "spring.servlet.multipart.max-request-size=8MB",
				// uploaded documents of the tests stay in the build's temporary files, not beside the app's data
				"canting.files.dir=${java.io.tmpdir}/canting-test-files",
				// public verification: high enough that no test but the rate limit's own meets the limit
				"canting.verify.rate-limit.requests=100000",
				// anonymous event registrations: the same, for the tests' many registrations from one address
				"canting.event.registration.rate-limit.requests=100000",
				// tests roll back their changes, which a node forgets only after a commit: verify from the database
				"canting.verify.cache-ttl=0s" })
@AutoConfigureMockMvc
@Import({ ApiDocumentCheck.Hook.class, TestLogins.class, TestPasswords.class, VerifyFixtures.class,
		ReportFigureStubs.class })
public @interface CantingTest {
}
